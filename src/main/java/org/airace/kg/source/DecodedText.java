package org.airace.kg.source;

/**
 * The result of decoding a file's bytes.
 *
 * @param text    the decoded characters, a leading byte-order mark removed
 * @param charset the Java name of the encoding used (e.g. "UTF-8", "Big5-HKSCS", "GB18030")
 * @param hadBom  whether the bytes started with a byte-order mark
 */
public record DecodedText(String text, String charset, boolean hadBom) {}
