package org.irrigate.core.api;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Asks a query through the gateway and waits: every module's REST layer asks the same way. */
public final class QueryAnswers {
    private QueryAnswers() {
    }

    public static <R> List<R> list(QueryGateway gateway, Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }

    public static <R> R one(QueryGateway gateway, Object query, Class<R> type, String what, Object id) {
        return find(gateway, query, type).orElseThrow(() -> new NotFoundException(what, id));
    }

    public static <R> Optional<R> find(QueryGateway gateway, Object query, Class<R> type) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(type)).join();
    }
}
