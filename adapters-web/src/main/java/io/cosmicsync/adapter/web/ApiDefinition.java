package io.cosmicsync.adapter.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * The OpenAPI 3 document's header. The build generates the document from the controllers
 * (micronaut-openapi) into {@code META-INF/swagger/cosmicsync-1.yml}; the node serves it at
 * {@code /swagger/cosmicsync-1.yml} and Swagger UI at {@code /swagger-ui/}.
 */
@OpenAPIDefinition(info = @Info(title = "CosmicSync", version = "1",
        description = "REST API v1 of a CosmicSyncCore node. Errors are RFC 9457 application/problem+json.",
        license = @License(name = "Apache-2.0")))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class ApiDefinition {

    private ApiDefinition() {
    }
}
