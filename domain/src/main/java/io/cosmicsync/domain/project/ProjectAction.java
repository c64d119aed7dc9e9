package io.cosmicsync.domain.project;

/**
 * What a caller may ask to do with a project, whichever API the request comes through (REST, GraphQL,
 * WebSocket, sync). {@link ProjectRole#permits(ProjectAction)} says which role may do which.
 */
public enum ProjectAction {
    /** Read the project, its members, its collections and its documents. */
    READ("read the project"),
    /** Change the project, its collections or its documents. */
    WRITE("change the project"),
    /** Add members, change their roles, remove them. */
    MANAGE_MEMBERS("manage the project's members"),
    /** Delete the project with everything in it. */
    DELETE("delete the project"),
    /** Receive the project's changes as they happen (subscriptions, live feeds, gossip). */
    SUBSCRIBE("subscribe to the project's changes");

    private final String phrase;

    ProjectAction(String phrase) {
        this.phrase = phrase;
    }

    /** The action as a verb phrase for messages, e.g. "delete the project". */
    public String phrase() {
        return phrase;
    }
}
