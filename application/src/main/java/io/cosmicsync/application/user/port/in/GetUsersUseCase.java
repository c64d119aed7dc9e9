package io.cosmicsync.application.user.port.in;

import io.cosmicsync.domain.user.User;
import io.cosmicsync.domain.user.UserId;
import java.util.Map;
import java.util.Set;

/**
 * Reads many users at once, for adapters that resolve users of a whole list together (GraphQL's batched
 * loading): one storage round trip however many ids. Ids without a user are absent from the map; there is
 * no refusal, as for {@link GetUserUseCase}, whose rules this shares.
 */
public interface GetUsersUseCase {

    Map<UserId, User> getUsers(Set<UserId> ids);
}
