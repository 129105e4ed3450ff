//! SPDX licence expressions as cards write them (`LicenseRef-RSALv2 OR SSPL-1.0 OR AGPL-3.0-only`):
//! parse one, list its licence ids, and tell whether it offers an open-source way to use the
//! software. Compiled into `build.rs` and `tests/validate.rs` only.

/// SPDX licence ids the catalog may use that are OSI-approved open-source licences, plus SQLite's
/// public-domain `blessing`, which a team choosing a database counts as open source.
pub const OPEN: &[&str] = &[
    "0BSD",
    "AGPL-3.0-only",
    "AGPL-3.0-or-later",
    "Apache-2.0",
    "Artistic-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "blessing",
    "BSL-1.0",
    "EPL-1.0",
    "EPL-2.0",
    "GPL-2.0-only",
    "GPL-2.0-or-later",
    "GPL-3.0-only",
    "GPL-3.0-or-later",
    "ISC",
    "LGPL-2.1-only",
    "LGPL-2.1-or-later",
    "LGPL-3.0-only",
    "LGPL-3.0-or-later",
    "MIT",
    "MIT-0",
    "MPL-2.0",
    "MS-PL",
    "PHP-3.01",
    "PostgreSQL",
    "Python-2.0",
    "Unlicense",
    "Zlib",
];
/// Other SPDX ids the catalog may use: source-available, not OSI-approved, and non-software
/// licences.
pub const OTHER: &[&str] = &[
    "BUSL-1.1",
    "CC-BY-4.0",
    "CC0-1.0",
    "Elastic-2.0",
    "FSL-1.1-ALv2",
    "FSL-1.1-MIT",
    "PSF-2.0",
    "Ruby",
    "SSPL-1.0",
];
/// SPDX exceptions a `WITH` may name.
pub const EXCEPTIONS: &[&str] = &["Classpath-exception-2.0", "LLVM-exception"];
/// The expression of a style or specification that carries no licence at all.
pub const NONE: &str = "NONE";

/// A parsed expression; `WITH` exceptions are checked and folded into their licence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expr<'a> {
    License(&'a str),
    And(Box<Expr<'a>>, Box<Expr<'a>>),
    Or(Box<Expr<'a>>, Box<Expr<'a>>),
}

impl<'a> Expr<'a> {
    /// The licence ids, left to right.
    pub fn ids(&self) -> Vec<&'a str> {
        match self {
            Expr::License(id) => vec![id],
            Expr::And(a, b) | Expr::Or(a, b) => {
                let mut ids = a.ids();
                ids.extend(b.ids());
                ids
            }
        }
    }

    /// Whether some choice the expression allows uses open-source licences only.
    pub fn is_open(&self) -> bool {
        match self {
            Expr::License(id) => OPEN.contains(id),
            Expr::And(a, b) => a.is_open() && b.is_open(),
            Expr::Or(a, b) => a.is_open() || b.is_open(),
        }
    }
}

/// Parses an expression, or says why it is not one: `OR` binds looser than `AND`, parentheses
/// group, `WITH` follows a single licence id. Ids must be on the lists above or be
/// `LicenseRef-…`; `NONE` stands alone.
pub fn parse(expression: &str) -> Result<Expr<'_>, String> {
    // Parentheses may touch the ids they enclose: split them off without copying the text.
    let tokens: Vec<&str> = expression
        .split_whitespace()
        .flat_map(|word| word.split_inclusive(['(', ')']))
        .flat_map(|part| match part.strip_suffix(['(', ')']) {
            Some(id) if !id.is_empty() => vec![id, &part[id.len()..]],
            _ => vec![part],
        })
        .collect();
    if tokens.is_empty() {
        return Err("is empty".into());
    }
    if tokens == [NONE] {
        return Ok(Expr::License(NONE));
    }
    let mut parser = Parser { tokens, at: 0 };
    let expr = parser.or()?;
    match parser.tokens.get(parser.at) {
        None => Ok(expr),
        Some(token) => Err(format!("has \"{token}\" out of place")),
    }
}

struct Parser<'a> {
    tokens: Vec<&'a str>,
    at: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<&'a str> {
        self.tokens.get(self.at).copied()
    }

    fn next(&mut self) -> Result<&'a str, String> {
        let token = self.peek().ok_or_else(|| "is incomplete".to_string())?;
        self.at += 1;
        Ok(token)
    }

    fn or(&mut self) -> Result<Expr<'a>, String> {
        let mut left = self.and()?;
        while self.peek() == Some("OR") {
            self.at += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr<'a>, String> {
        let mut left = self.atom()?;
        while self.peek() == Some("AND") {
            self.at += 1;
            left = Expr::And(Box::new(left), Box::new(self.atom()?));
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Expr<'a>, String> {
        match self.next()? {
            "(" => {
                let inner = self.or()?;
                match self.next()? {
                    ")" => Ok(inner),
                    other => Err(format!("has \"{other}\" out of place")),
                }
            }
            token @ (")" | "AND" | "OR" | "WITH" | NONE) => {
                Err(format!("has \"{token}\" out of place"))
            }
            id => {
                let custom = id.strip_prefix("LicenseRef-").is_some_and(|rest| {
                    !rest.is_empty()
                        && rest
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
                });
                if !(custom || OPEN.contains(&id) || OTHER.contains(&id)) {
                    return Err(format!(
                        "names \"{id}\", which is neither a known SPDX id nor LicenseRef-…"
                    ));
                }
                if self.peek() == Some("WITH") {
                    self.at += 1;
                    let exception = self.next()?;
                    if !EXCEPTIONS.contains(&exception) {
                        return Err(format!("names an unknown exception \"{exception}\""));
                    }
                }
                Ok(Expr::License(id))
            }
        }
    }
}
