//! A small JSON reader for the data file and host overrides.
//!
//! Why not `serde_json`: the loader walks a plain tree by hand anyway, and
//! `serde_json` with its `Deserialize` plumbing, error texts, float parsing
//! and map code cost about 20 KB of the wasm binary for that one job.
//!
//! The reader follows RFC 8259 and behaves like `serde_json::from_str` into a
//! `Value` where the loader can tell: objects keep their keys sorted (as
//! `serde_json`'s default `BTreeMap` does) and a repeated key keeps the last
//! value; numbers are whole numbers when written without fraction or
//! exponent and within `i64`, anything else is kept as "some number"; nesting
//! deeper than 127 levels is refused instead of exhausting the stack. Errors
//! name the line and column. `tests/fuzz.rs` compares the two readers on
//! generated documents.

use std::fmt;

/// Deepest nesting of arrays and objects accepted (as `serde_json`, whose
/// limit of 128 counts the document itself).
const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` or `false`
    Bool(bool),
    /// A number: `Some` for a whole number within `i64` written without
    /// fraction or exponent, `None` for any other number. The data file
    /// holds only whole numbers (cents, basis points, counts); other numbers
    /// are refused by the loader, so their value is never needed.
    Number(Option<i64>),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON object: keys kept sorted, each once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// An empty object.
    pub fn new() -> Map {
        Map(Vec::new())
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    /// The value at `key`.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.find(key)
            .ok()
            .and_then(|i| self.0.get(i))
            .map(|e| &e.1)
    }

    /// The value at `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Value> {
        match self.find(key) {
            Ok(i) => self.0.get_mut(i).map(|e| &mut e.1),
            Err(_) => None,
        }
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets `key` to `value`, replacing an earlier value.
    pub fn insert(&mut self, key: String, value: Value) {
        match self.find(&key) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = value;
                }
            }
            Err(i) => self.0.insert(i, (key, value)),
        }
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The entries, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the object is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Map {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        let mut m = Map::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl Value {
    /// The member `key` of an object; `None` for anything else.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object().and_then(|m| m.get(key))
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number within `i64`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Number(n) => *n,
            _ => None,
        }
    }

    /// The members of an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The members of an object, to change them.
    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The items of an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }
}

/// Why a text is not JSON, and where (1-based line and column, counted in
/// characters as an editor shows them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// What went wrong.
    pub what: &'static str,
    /// Line of the fault.
    pub line: usize,
    /// Column of the fault.
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.what, self.line, self.column
        )
    }
}

/// Reads one JSON document; only whitespace may follow it.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut r = Reader {
        src: text.as_bytes(),
        pos: 0,
    };
    let v = r.value(0).map_err(|what| r.error(what))?;
    r.skip_ws();
    if r.pos < r.src.len() {
        return Err(r.error("trailing characters"));
    }
    Ok(v)
}

struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
}

type Step<T> = Result<T, &'static str>;

impl Reader<'_> {
    fn error(&self, what: &'static str) -> JsonError {
        let end = self.pos.min(self.src.len());
        let before = self.src.get(..end).unwrap_or_default();
        let line = 1 + before.iter().filter(|b| **b == b'\n').count();
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        // Characters, not bytes: count the bytes that start a UTF-8 sequence.
        let column = 1 + before
            .get(line_start..)
            .unwrap_or_default()
            .iter()
            .filter(|b| (**b & 0xC0) != 0x80)
            .count();
        JsonError { what, line, column }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.pos += 1;
        Some(b)
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn expect_word(&mut self, word: &[u8]) -> Step<()> {
        for want in word {
            match self.bump() {
                Some(b) if b == *want => {}
                Some(_) => return Err("expected ident"),
                None => return Err("EOF while parsing a value"),
            }
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Step<Value> {
        self.skip_ws();
        match self.peek() {
            None => Err("EOF while parsing a value"),
            Some(b'n') => self.expect_word(b"null").map(|_| Value::Null),
            Some(b't') => self.expect_word(b"true").map(|_| Value::Bool(true)),
            Some(b'f') => self.expect_word(b"false").map(|_| Value::Bool(false)),
            Some(b'"') => {
                self.pos += 1;
                self.string().map(Value::String)
            }
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(b'[') => {
                let depth = Self::deeper(depth)?;
                self.pos += 1;
                self.array(depth).map(Value::Array)
            }
            Some(b'{') => {
                let depth = Self::deeper(depth)?;
                self.pos += 1;
                self.object(depth).map(Value::Object)
            }
            Some(_) => Err("expected value"),
        }
    }

    fn deeper(depth: usize) -> Step<usize> {
        if depth >= MAX_DEPTH {
            Err("recursion limit exceeded")
        } else {
            Ok(depth + 1)
        }
    }

    fn array(&mut self, depth: usize) -> Step<Vec<Value>> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(items);
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_ws();
            match self.bump() {
                Some(b',') => {}
                Some(b']') => return Ok(items),
                Some(_) => return Err("expected `,` or `]`"),
                None => return Err("EOF while parsing a list"),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Step<Map> {
        let mut m = Map::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(m);
        }
        loop {
            self.skip_ws();
            match self.bump() {
                Some(b'"') => {}
                Some(_) => return Err("key must be a string"),
                None => return Err("EOF while parsing an object"),
            }
            let key = self.string()?;
            self.skip_ws();
            match self.bump() {
                Some(b':') => {}
                Some(_) => return Err("expected `:`"),
                None => return Err("EOF while parsing an object"),
            }
            let v = self.value(depth)?;
            m.insert(key, v);
            self.skip_ws();
            match self.bump() {
                Some(b',') => {}
                Some(b'}') => return Ok(m),
                Some(_) => return Err("expected `,` or `}`"),
                None => return Err("EOF while parsing an object"),
            }
        }
    }

    /// The rest of a string after its opening quote.
    fn string(&mut self) -> Step<String> {
        let mut out = String::new();
        loop {
            // Copy the plain run up to the next quote, backslash or control
            // character in one go. The input is a `&str`, so any run that
            // ends at an ASCII byte is valid UTF-8.
            let start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            let run = self.src.get(start..self.pos).unwrap_or_default();
            out.push_str(std::str::from_utf8(run).map_err(|_| "invalid unicode")?);
            match self.bump() {
                Some(b'"') => return Ok(out),
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => {
                    self.pos -= 1;
                    return Err("control character in string");
                }
                None => return Err("EOF while parsing a string"),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Step<()> {
        let c = match self.bump() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    // A high surrogate must be followed by `\u` and a low one.
                    if self.bump() != Some(b'\\') || self.bump() != Some(b'u') {
                        return Err("lone leading surrogate in hex escape");
                    }
                    let lo = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err("lone leading surrogate in hex escape");
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                char::from_u32(code).ok_or("lone trailing surrogate in hex escape")?
            }
            Some(_) => return Err("invalid escape"),
            None => return Err("EOF while parsing a string"),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Step<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.bump() {
                Some(b) => char::from(b).to_digit(16).ok_or("invalid escape")?,
                None => return Err("EOF while parsing a string"),
            };
            n = n * 16 + d;
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Step<Option<i64>> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        let int_start = self.pos;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err("invalid number"),
        }
        let int_end = self.pos;
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err("invalid number");
            }
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err("invalid number");
            }
            whole = false;
        }
        if !whole {
            return Ok(None);
        }
        // Accumulate negatively so that i64::MIN fits.
        let mut n: i64 = 0;
        for b in self.src.get(int_start..int_end).unwrap_or_default() {
            let d = i64::from(b - b'0');
            match n.checked_mul(10).and_then(|n| n.checked_sub(d)) {
                Some(next) => n = next,
                None => return Ok(None),
            }
        }
        // `-0` stays "some number", as in serde_json (which reads it as a
        // float): whole numbers are written without a sign on zero.
        Ok(if negative {
            Some(n).filter(|n| *n != 0)
        } else {
            n.checked_neg()
        })
    }
}

#[cfg(test)]
mod tests {
    // reason: tests fail loudly on purpose.
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn p(s: &str) -> Value {
        parse(s).unwrap()
    }

    fn err(s: &str) -> String {
        parse(s).unwrap_err().to_string()
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(p("null"), Value::Null);
        assert_eq!(p(" true "), Value::Bool(true));
        assert_eq!(p("false"), Value::Bool(false));
        assert_eq!(p("-0"), Value::Number(None));
        assert_eq!(p("0"), Value::Number(Some(0)));
        assert_eq!(p("42"), Value::Number(Some(42)));
        assert_eq!(p("-9223372036854775808"), Value::Number(Some(i64::MIN)));
        assert_eq!(p("9223372036854775807"), Value::Number(Some(i64::MAX)));
        assert_eq!(p("9223372036854775808"), Value::Number(None));
        assert_eq!(p("1.5"), Value::Number(None));
        assert_eq!(p("1e3"), Value::Number(None));
        assert_eq!(p("1.0"), Value::Number(None));
        assert_eq!(
            p(r#""a\"\\\/\b\f\n\r\t\u00e4\ud83d\ude00ö""#),
            Value::String("a\"\\/\u{8}\u{c}\n\r\tä😀ö".into())
        );
        assert_eq!(
            p("[1, [], {}]"),
            Value::Array(vec![
                Value::Number(Some(1)),
                Value::Array(vec![]),
                Value::Object(Map::new())
            ])
        );
    }

    #[test]
    fn objects_sort_keys_and_keep_the_last_duplicate() {
        let v = p(r#"{"b": 1, "a": 2, "b": 3}"#);
        let m = v.as_object().unwrap();
        assert_eq!(m.keys().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(v.get("b"), Some(&Value::Number(Some(3))));
        assert_eq!(m.len(), 2);
    }

    #[test]
    fn faults_are_named_with_line_and_column() {
        assert_eq!(err(""), "EOF while parsing a value at line 1 column 1");
        assert_eq!(err("{\n  \"a\": x}"), "expected value at line 2 column 8");
        assert_eq!(err("[1,]"), "expected value at line 1 column 4");
        assert_eq!(
            err("{\"ä\": 1 2}"),
            "expected `,` or `}` at line 1 column 10"
        );
        assert_eq!(err("1 2"), "trailing characters at line 1 column 3");
        assert_eq!(err("01"), "trailing characters at line 1 column 2");
        assert_eq!(err("-"), "invalid number at line 1 column 2");
        assert_eq!(err("1."), "invalid number at line 1 column 3");
        assert_eq!(
            err("\"a\nb\""),
            "control character in string at line 1 column 3"
        );
        assert_eq!(
            err(r#""\ud800""#),
            "lone leading surrogate in hex escape at line 1 column 9"
        );
        assert_eq!(
            err(r#""\udc00""#),
            "lone trailing surrogate in hex escape at line 1 column 8"
        );
        assert_eq!(err(r#""\x""#), "invalid escape at line 1 column 4");
        assert_eq!(err("{1: 2}"), "key must be a string at line 1 column 3");
        assert_eq!(err("nul"), "EOF while parsing a value at line 1 column 4");
        assert_eq!(err("nulL"), "expected ident at line 1 column 5");
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().what, "recursion limit exceeded");
    }
}
