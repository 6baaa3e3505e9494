package org.civicportal.platform.http;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal's own style sheets, scripts and images (resources without a library) get {@code v=<hash of the
 * file>} in their URL, so they can be cached for a year as immutable and a changed file is fetched at once under
 * its new URL. Libraries (PrimeFaces, OmniFaces) already add their release as v. OmniFaces'
 * VersionedResourceHandler gives one version to every file; a hash per file changes only what changed.
 */
public class ContentVersions extends ResourceHandlerWrapper {

    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

    public ContentVersions(ResourceHandler wrapped) {
        super(wrapped);
    }

    /** The version the current file of this resource name (no library) is published under, or null. */
    static String current(String name) {
        return HASHES.get(name);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name), null);
    }

    @Override
    public Resource createResource(String name, String library) {
        return versioned(super.createResource(name, library), library);
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return versioned(super.createResource(name, library, contentType), library);
    }

    private static Resource versioned(Resource resource, String library) {
        if (resource == null || library != null || resource.getLibraryName() != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                var path = super.getRequestPath();
                var version = HASHES.computeIfAbsent(getResourceName(), n -> hash(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String hash(Resource resource) {
        try (var in = resource.getInputStream()) {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
