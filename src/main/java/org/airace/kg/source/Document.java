package org.airace.kg.source;

import java.nio.file.Path;

/**
 * One decoded input document. {@code text} is the whole decoded file (a leading byte-order mark
 * removed, nothing else changed): every offset the pipeline records is a UTF-16 index into it.
 *
 * @param id       content-derived identifier (hex digest of the text), stable across machines
 * @param fileName the file's name as given, used for provenance and error messages
 * @param path     where it was read from, or null for documents built in memory
 * @param charset  the encoding the text was decoded from (e.g. "UTF-8", "Big5")
 */
public record Document(String id, String fileName, Path path, String text, Metadata metadata, String charset) {}
