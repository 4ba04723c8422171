package dev.duality.web;

/**
 * What a command's caller may read afterwards. Endpoints answer from read models, so after a command the gateway waits
 * until every read model has applied the events that command appended: at once when read models update in the
 * command's own transaction, a bounded wait when streaming processors follow the journal.
 */
@FunctionalInterface
public interface ReadYourWrites {
    /** Read models update inside the command's transaction: nothing to wait for. */
    ReadYourWrites INLINE = () -> {
    };

    /** Returns once the read models hold the events the current thread's last command appended, or the wait's bound. */
    void awaitOwnWrites();
}
