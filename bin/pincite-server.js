#!/usr/bin/env node
// The Pincite language server for any LSP client. Speaks over stdio unless a
// transport flag (--stdio, --node-ipc, --socket=N, --pipe=NAME) says otherwise.
'use strict';
if (!process.argv.slice(2).some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');
require('./load-bundle')('pincite-server', 'server.js');
