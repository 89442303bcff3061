package dev.migrate.script;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a SQL file into text: strict UTF-8, BOM dropped, line endings folded to {@code \n}. */
public final class ScriptText {

    private ScriptText() {
    }

    /**
     * Decodes {@code bytes}; an invalid byte sequence is a {@link ScriptException} naming its line.
     *
     * @param location the file, for messages
     */
    public static String decode(String location, byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String text;
        try {
            CharBuffer chars = decoder.decode(in);
            text = chars.toString();
        } catch (MalformedInputException e) {
            throw invalid(location, bytes, offset, in.position());
        } catch (CharacterCodingException e) {
            throw invalid(location, bytes, offset, in.position());
        }
        return foldLineEndings(text);
    }

    private static ScriptException invalid(String location, byte[] bytes, int from, int badOffset) {
        int line = 1;
        for (int k = from; k < Math.min(badOffset, bytes.length); k++) {
            if (bytes[k] == '\n') {
                line++;
            }
        }
        String shown = badOffset < bytes.length ? String.format("0x%02X", bytes[badOffset] & 0xFF) : "end of file";
        return new ScriptException(location, line, "the file is not valid UTF-8 (byte " + shown + " at offset "
                + badOffset + "); save it as UTF-8");
    }

    /** CRLF and lone CR become LF, so that a Windows checkout is not an edit. */
    public static String foldLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
