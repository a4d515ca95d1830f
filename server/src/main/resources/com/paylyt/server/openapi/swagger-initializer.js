// Points Swagger UI at this server's document. Kept out of the page so a strict Content-Security-Policy
// without 'unsafe-inline' still allows it.
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: "/api/openapi.json",
        dom_id: "#swagger-ui",
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: "StandaloneLayout"
    });
};
