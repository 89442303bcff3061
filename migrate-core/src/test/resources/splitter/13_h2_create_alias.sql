-- options: h2
CREATE ALIAS REVERSE_TEXT AS $$
String reverse(String s) {
    // a Java comment; with a "quote"
    return new StringBuilder(s).reverse().toString() + ";";
}
$$;
CALL REVERSE_TEXT('abc');
