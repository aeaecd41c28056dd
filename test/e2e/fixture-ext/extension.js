// Throwaway fixture: publishes one Warning diagnostic "hello" on the first word of every markdown file.
'use strict';
const vscode = require('vscode');

function activate(context) {
  const collection = vscode.languages.createDiagnosticCollection('e2e-fixture');
  context.subscriptions.push(collection);

  const refresh = (doc) => {
    if (doc.languageId !== 'markdown') return;
    const firstLine = doc.lineAt(0);
    const end = Math.max(1, Math.min(5, firstLine.text.length));
    const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, end), 'hello', vscode.DiagnosticSeverity.Warning);
    d.source = 'e2e-fixture';
    collection.set(doc.uri, [d]);
  };

  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => collection.delete(doc.uri)),
  );
}

function deactivate() {}

module.exports = { activate, deactivate };
