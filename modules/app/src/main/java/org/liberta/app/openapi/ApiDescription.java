package org.liberta.app.openapi;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Writes the OpenAPI 3.0 description Liberta serves at {@code /openapi}, from the REST resources themselves.
 * Payara's annotation scanner leaves enums, dates and the records of the service packages as bare "object"s and
 * knows nothing of the answers a {@code Response} carries, so no client can be generated from it. This reads the
 * same JAX-RS annotations and the same records JSON-B reads and writes, so the description is exactly as wide as
 * the API: a new resource, field or code appears in it without anyone remembering to document it.
 *
 * <p>Run at build time ({@code process-classes}); the WAR carries the result as {@code META-INF/openapi.json},
 * the partners' client is generated from the same file, and the build validates it with swagger-parser.
 */
public final class ApiDescription {

    static final String BASE = "/api/v1";

    /** Routes anyone may call: the token exchange and public certificate checks. */
    private static final List<String> PUBLIC = List.of(BASE + "/auth/token", BASE + "/public/");

    private final Schemas schemas = new Schemas();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/classes/META-INF/openapi.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, Json.write(new ApiDescription().describe(resources())) + "\n", StandardCharsets.UTF_8);
        System.out.println("OpenAPI description written to " + out);
    }

    /** The resource classes of every module: {@code @Path} classes of {@code org.liberta.*.rest}. */
    static List<Class<?>> resources() throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources("org/liberta");
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        names.add(e.nextElement().getName());
                    }
                }
            } else {
                try {
                    Path dir = Path.of(root.toURI()).getParent().getParent();
                    try (var files = Files.walk(dir)) {
                        files.map(p -> dir.relativize(p).toString().replace(File.separatorChar, '/')).forEach(names::add);
                    }
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            }
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            if (name.matches("org/liberta/[a-z]+/rest/[A-Za-z]+\\.class")) {
                try {
                    Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false, loader);
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                        resources.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IOException(e);
                }
            }
        }
        return resources;
    }

    private record Route(Class<?> resource, Method method, String path, String verb) {
    }

    Map<String, Object> describe(List<Class<?>> resources) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resources) {
            Arrays.stream(resource.getMethods()).filter(m -> verb(m) != null)
                    .sorted(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString))
                    .forEach(m -> routes.add(new Route(resource, m, path(resource, m), verb(m))));
        }
        routes.sort(Comparator.comparing(Route::path).thenComparing(Route::verb));
        Map<String, Integer> nameCounts = new HashMap<>();
        routes.forEach(r -> nameCounts.merge(r.method().getName(), 1, Integer::sum));

        Map<String, Object> paths = new LinkedHashMap<>();
        Map<String, Map<String, Object>> operations = new LinkedHashMap<>();
        for (Route route : routes) {
            String key = route.path() + " " + route.verb();
            Map<String, Object> operation = operations.get(key);
            if (operation == null) {
                operation = operation(route, nameCounts.get(route.method().getName()) > 1);
                operations.put(key, operation);
                @SuppressWarnings("unchecked")
                Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
                item.put(route.verb(), operation);
            } else {
                // The same route in another media type (CSV, XLSX, PDF of the same report): one operation, more content.
                addContent(operation, route);
            }
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "Liberta", "version", "1",
                "description", "Case, court, training and advocacy records of an anti-trafficking charity. The contract"
                        + " is docs/api.md; this description is generated from the resources that serve it."));
        doc.put("servers", List.of(Map.of("url", "/")));
        doc.put("security", List.of(Map.of("bearerAuth", List.of())));
        doc.put("tags", routes.stream().map(r -> tag(r.resource())).distinct().sorted()
                .map(t -> Map.of("name", t)).toList());
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas.components());
        components.put("responses", Problems.responses());
        components.put("securitySchemes", Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer",
                "description", "POST /api/v1/auth/token {\"username\",\"password\"} answers {\"token\",\"expiresAt\"}")));
        doc.put("components", components);
        return doc;
    }

    private Map<String, Object> operation(Route route, boolean nameShared) {
        Method m = route.method();
        Map<String, Object> op = new LinkedHashMap<>();
        String tag = tag(route.resource());
        op.put("tags", List.of(tag));
        op.put("operationId", nameShared ? Character.toLowerCase(tag.charAt(0)) + tag.substring(1)
                + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1) : m.getName());
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            HeaderParam header = p.getAnnotation(HeaderParam.class);
            if (path != null || query != null) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", path != null ? path.value() : query.value());
                param.put("in", path != null ? "path" : "query");
                if (path != null) {
                    param.put("required", true);
                }
                param.put("schema", schemas.parameter(p));
                parameters.add(param);
            } else if (header == null && p.getAnnotation(Context.class) == null) {
                op.put("requestBody", requestBody(route, p));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        op.put("responses", responses);
        addContent(op, route);
        boolean open = PUBLIC.stream().anyMatch(route.path()::startsWith);
        for (String status : open ? List.of("400", "404", "409") : List.of("400", "401", "403", "404", "409")) {
            responses.put(status, Map.of("$ref", "#/components/responses/" + Problems.NAMES.get(status)));
        }
        if (open) {
            op.put("security", List.of());
        }
        return op;
    }

    private Map<String, Object> requestBody(Route route, Parameter p) {
        List<String> types = mediaTypes(route.method().getAnnotation(Consumes.class),
                route.resource().getAnnotation(Consumes.class));
        Map<String, Object> content = new LinkedHashMap<>();
        for (String type : types) {
            boolean json = type.startsWith(MediaType.APPLICATION_JSON);
            content.put(type, Map.of("schema", json ? schemas.of(p.getParameterizedType())
                    : Map.of("type", "string", "format", "binary")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("required", true);
        body.put("content", content);
        return body;
    }

    /** The success answer of a route, in each of its media types. */
    @SuppressWarnings("unchecked")
    private void addContent(Map<String, Object> op, Route route) {
        Method m = route.method();
        Map<String, Object> responses = (Map<String, Object>) op.get("responses");
        APIResponse declared = m.getAnnotation(APIResponse.class);
        String status;
        Object schema;
        if (m.getReturnType() == void.class) {
            responses.put("204", Map.of("description", "done"));
            return;
        } else if (declared != null) {
            status = declared.responseCode();
            Class<?> type = declared.content().length == 0 ? Void.class : declared.content()[0].schema().implementation();
            schema = type == Void.class ? Map.of("type", "object") : schemas.of(type);
        } else {
            status = "200";
            schema = m.getReturnType() == Response.class ? Map.of("type", "object") : schemas.of(m.getGenericReturnType());
        }
        Map<String, Object> answer = (Map<String, Object>) responses.computeIfAbsent(status, s -> new LinkedHashMap<>());
        answer.putIfAbsent("description", status.equals("201") ? "created" : "the answer");
        if (status.equals("201")) {
            answer.put("headers", Map.of("Location", Map.of("description", "where the created record is read",
                    "schema", Map.of("type", "string"))));
        }
        Map<String, Object> content = (Map<String, Object>) answer.computeIfAbsent("content", c -> new LinkedHashMap<>());
        for (String type : mediaTypes(m.getAnnotation(Produces.class), route.resource().getAnnotation(Produces.class))) {
            String bare = type.replaceAll(";.*", "").strip();
            boolean json = bare.equals(MediaType.APPLICATION_JSON);
            content.putIfAbsent(bare.equals(MediaType.WILDCARD) ? "application/octet-stream" : bare,
                    Map.of("schema", json ? schema : Map.of("type", "string", "format", "binary")));
        }
    }

    private static List<String> mediaTypes(Object methodLevel, Object classLevel) {
        String[] values = methodLevel instanceof Produces p ? p.value() : methodLevel instanceof Consumes c ? c.value()
                : classLevel instanceof Produces p ? p.value() : classLevel instanceof Consumes c ? c.value()
                        : new String[] {MediaType.APPLICATION_JSON};
        List<String> types = new ArrayList<>();
        for (String v : values) {
            for (String t : v.split(",")) {
                types.add(t.strip());
            }
        }
        return types;
    }

    private static String verb(Method m) {
        return m.isAnnotationPresent(GET.class) ? "get" : m.isAnnotationPresent(POST.class) ? "post"
                : m.isAnnotationPresent(PUT.class) ? "put" : m.isAnnotationPresent(DELETE.class) ? "delete" : null;
    }

    /** The route with JAX-RS regular expressions dropped: {@code {id: \d+}} is {@code {id}}. */
    private static String path(Class<?> resource, Method m) {
        String path = BASE + "/" + trim(resource.getAnnotation(jakarta.ws.rs.Path.class).value());
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        if (sub != null && !trim(sub.value()).isEmpty()) {
            path += "/" + trim(sub.value());
        }
        return path.replaceAll("\\{\\s*([A-Za-z0-9_]+)\\s*:[^}]*}", "{$1}").replaceAll("/+$", "");
    }

    private static String trim(String p) {
        return p.replaceAll("^/+|/+$", "");
    }

    /** {@code CourtCasesResource} is tagged {@code CourtCases}; the generated client has a {@code CourtCasesApi}. */
    private static String tag(Class<?> resource) {
        return resource.getSimpleName().replaceAll("Resource$", "");
    }
}
