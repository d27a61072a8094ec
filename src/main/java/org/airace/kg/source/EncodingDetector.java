package org.airace.kg.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the encoding of a text file and decodes it strictly.
 *
 * <p>Order of evidence, strongest first: a byte-order mark; the NUL-byte pattern of BOM-less
 * UTF-16; binary content (refused); valid UTF-8 (a multibyte sequence that decodes cleanly is
 * almost never an accident in Big5 or GB18030); finally juniversalchardet's statistical guess.
 * Decoding never replaces bad bytes: a malformed or truncated sequence is an error that names
 * the file, the byte offset and the encoding, because silently substituting U+FFFD would shift
 * nothing but corrupt names and quotes the later stages extract.
 */
public final class EncodingDetector {

    /** Big5 as Taiwanese text uses it: plain "Big5" in Java lacks the ETEN characters such as 碁 and 銹. */
    static final String BIG5 = "Big5-HKSCS";
    static final String GB = "GB18030";

    /** How many bytes the binary and UTF-16 tests look at; enough to judge, cheap on huge files. */
    private static final int SAMPLE = 64 * 1024;
    /** Valid multibyte UTF-8 sequences seen before a bad one that make the file UTF-8 after all. */
    private static final int UTF8_EVIDENCE = 4;

    public DecodedText decode(Path file, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedText(strictDecode(file, bytes, bom.length, bom.charset), bom.charset, true);
        }
        String utf16 = bomlessUtf16(bytes);
        if (utf16 != null) {
            return new DecodedText(strictDecode(file, bytes, 0, utf16), utf16, false);
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            throw new SourceException(file, "binary content, not a text document (" + binary + ")");
        }
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.firstError < 0 || scan.multibyte >= UTF8_EVIDENCE) {
            // Either clean UTF-8 (ASCII included) or clearly UTF-8 with a damaged spot: the strict
            // decode below reports that spot rather than letting a guesser pick a wrong encoding.
            return new DecodedText(strictDecode(file, bytes, 0, "UTF-8"), "UTF-8", false);
        }
        String guessed = guess(bytes);
        if (guessed == null) {
            throw new SourceException(file, "encoding could not be determined (not valid UTF-8: bad byte at offset "
                    + scan.firstError + "; no BOM; the detector found no match)");
        }
        return new DecodedText(strictDecode(file, bytes, 0, guessed), guessed, false);
    }

    /** juniversalchardet's guess, mapped to the Java charset that decodes that family best. */
    String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : javaCharset(name);
    }

    /** GB2312 and GBK are subsets of GB18030; Big5 variants are covered by Big5-HKSCS. */
    static String javaCharset(String detected) {
        String n = detected.toUpperCase(Locale.ROOT);
        if (n.equals("GB2312") || n.equals("GBK") || n.equals("GB18030") || n.equals("HZ-GB-2312")
                || n.equals("X-GBK") || n.equals("CP936")) {
            return n.equals("HZ-GB-2312") ? detected : GB;
        }
        if (n.startsWith("BIG5") || n.equals("CP950") || n.equals("X-WINDOWS-950")) {
            return BIG5;
        }
        if (n.equals("US-ASCII")) {
            return "UTF-8";
        }
        return detected;
    }

    /**
     * Decodes with errors reported, not replaced. Runs the decoder by hand so the byte offset of
     * the first bad sequence can be named.
     */
    static String strictDecode(Path file, byte[] bytes, int start, String charsetName) {
        Charset charset;
        try {
            charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new SourceException(file, "encoding " + charsetName + " is not supported by this Java runtime");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String what = result.isMalformed() ? "malformed" : "unmappable";
            boolean atEnd = in.position() + result.length() >= bytes.length;
            throw new SourceException(file, String.format("%s %s byte sequence at byte offset %d (%d byte%s)%s",
                    what, charset.name(), in.position(), result.length(), result.length() == 1 ? "" : "s",
                    atEnd ? "; the file looks truncated" : ""));
        }
        if (result.isOverflow()) {
            // Cannot happen with maxCharsPerByte sizing; fail loudly rather than return a cut text.
            throw new SourceException(file, "decoder output overflow in " + charset.name());
        }
        out.flip();
        return out.toString();
    }

    /**
     * UTF-16 without a BOM shows as NUL bytes at one parity: ASCII, line breaks and spaces have a
     * zero high byte. Requires the other parity to be almost NUL-free and a clean strict decode.
     */
    static String bomlessUtf16(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE) & ~1;
        if (n < 4 || (bytes.length & 1) != 0) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        String candidate = null;
        boolean fewAscii = false;
        if (evenNul * 10 >= pairs && oddNul * 50 <= pairs) {
            candidate = "UTF-16BE";
        } else if (oddNul * 10 >= pairs && evenNul * 50 <= pairs) {
            candidate = "UTF-16LE";
        } else if (evenNul > 4 * oddNul) {
            // Chinese prose has few ASCII characters (line breaks, digits), so few NULs, and a Han
            // character with a zero low byte (U+4E00, U+5000 ...) puts the odd one on the other side:
            // accept a clearly one-sided pattern when the decoded text also reads as text (below).
            candidate = "UTF-16BE";
            fewAscii = true;
        } else if (oddNul > 4 * evenNul) {
            candidate = "UTF-16LE";
            fewAscii = true;
        }
        if (candidate == null) {
            return null;
        }
        try {
            CharBuffer decoded = Charset.forName(candidate).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return !fewAscii || readsAsText(decoded, SAMPLE / 2) ? candidate : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether the first {@code limit} characters look like prose: no control characters besides line
     * breaks and tabs, no unassigned, private-use or surrogate-pair code points (rare in news, common
     * when binary data is read as UTF-16), and at least one Han character.
     */
    static boolean readsAsText(CharSequence chars, int limit) {
        int n = Math.min(chars.length(), limit);
        boolean han = false;
        for (int i = 0; i < n; i++) {
            char c = chars.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') return false;
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) return false;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) han = true;
        }
        return han;
    }

    /** Why the bytes look binary, or null. NUL bytes or many C0 controls do not occur in news text. */
    static String binaryReason(byte[] bytes) {
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "NUL byte at offset " + i;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (n > 0 && controls * 100 > n * 5) {
            return controls + " control bytes in the first " + n;
        }
        return null;
    }

    /** Byte-order marks, longest first (UTF-32LE starts like UTF-16LE). */
    private enum Bom {
        UTF32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
        UTF32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
        UTF8("UTF-8", 0xEF, 0xBB, 0xBF),
        UTF16BE("UTF-16BE", 0xFE, 0xFF),
        UTF16LE("UTF-16LE", 0xFF, 0xFE);

        final String charset;
        final int[] mark;
        final int length;

        Bom(String charset, int... mark) {
            this.charset = charset;
            this.mark = mark;
            this.length = mark.length;
        }

        static Bom of(byte[] bytes) {
            for (Bom bom : values()) {
                if (bytes.length >= bom.length && matches(bytes, bom.mark)) {
                    return bom;
                }
            }
            return null;
        }

        private static boolean matches(byte[] bytes, int[] mark) {
            for (int i = 0; i < mark.length; i++) {
                if ((bytes[i] & 0xFF) != mark[i]) return false;
            }
            return true;
        }
    }

    /** One pass over the bytes as UTF-8: count of valid multibyte sequences before the first error. */
    private record Utf8Scan(int multibyte, int firstError) {
        static Utf8Scan of(byte[] b) {
            int multibyte = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int len;
                int min;
                if (c < 0x80) {
                    i++;
                    continue;
                } else if (c >= 0xC2 && c <= 0xDF) {
                    len = 2; min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    len = 3; min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    len = 4; min = 0x10000;
                } else {
                    return new Utf8Scan(multibyte, i);
                }
                if (i + len > b.length) {
                    return new Utf8Scan(multibyte, i);
                }
                int cp = c & (0xFF >> (len + 1));
                for (int k = 1; k < len; k++) {
                    int cc = b[i + k] & 0xFF;
                    if ((cc & 0xC0) != 0x80) {
                        return new Utf8Scan(multibyte, i);
                    }
                    cp = (cp << 6) | (cc & 0x3F);
                }
                if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    return new Utf8Scan(multibyte, i);
                }
                multibyte++;
                i += len;
            }
            return new Utf8Scan(multibyte, -1);
        }
    }
}
