package io.cosmicsync.bootstrap.bench;

import io.cosmicsync.application.sync.trace.EditingTrace;
import io.cosmicsync.application.sync.trace.TracePatch;
import io.cosmicsync.application.sync.trace.TraceTransaction;
import org.automerge.Document;
import org.automerge.ObjectId;
import org.automerge.ObjectType;
import org.automerge.Transaction;

/**
 * Automerge ({@code org.automerge:automerge} 0.0.7: the Rust core through JNI) as the reference: a text
 * object under the root key {@code "text"} edited with {@code spliceText}, saved with
 * {@code Document.save()} (compressed columnar format with the full operation history). Two ways to
 * group the edits into changes: all in one transaction (one change, as Automerge's own edit-trace
 * benchmark does; the same per-character history as ours), or one transaction per trace transaction
 * (one change per edit, each with its hash, dependencies and timestamp, as an editor committing every
 * keystroke would produce).
 */
final class AutomergeSubject implements TextSubject<AutomergeSubject.Doc> {
    private final boolean changePerEdit;

    /** {@code changePerEdit}: commit after every trace transaction instead of once at the end. */
    AutomergeSubject(boolean changePerEdit) {
        this.changePerEdit = changePerEdit;
    }

    /** An Automerge document and the id of its text object. */
    record Doc(Document document, ObjectId text) {
    }

    @Override
    public String name() {
        return changePerEdit ? "automerge-change-per-edit" : "automerge";
    }

    @Override
    public Doc apply(EditingTrace trace) {
        Document document = new Document();
        Transaction tx = document.startTransaction();
        ObjectId text = tx.set(ObjectId.ROOT, "text", ObjectType.TEXT);
        for (TraceTransaction txn : trace.transactions()) {
            for (TracePatch p : txn.patches()) {
                tx.spliceText(text, p.position(), p.deleteCount(), p.insertText());
            }
            if (changePerEdit) {
                tx.commit();
                tx = document.startTransaction();
            }
        }
        tx.commit();
        return new Doc(document, text);
    }

    @Override
    public byte[] save(Doc doc) {
        return doc.document().save();
    }

    @Override
    public Doc load(byte[] bytes) {
        Document document = Document.load(bytes);
        ObjectId text = ((org.automerge.AmValue.Text) document.get(ObjectId.ROOT, "text").orElseThrow()).getId();
        return new Doc(document, text);
    }

    @Override
    public String content(Doc doc) {
        return doc.document().text(doc.text()).orElseThrow();
    }

    @Override
    public void free(Doc doc) {
        doc.document().free();
    }
}
