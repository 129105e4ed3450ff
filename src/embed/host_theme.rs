//! The host page's own theme, for a guide whose `theme` is `auto`: what a blog's dark-mode switch
//! leaves on `<html>` or `<body>`, read by a pure function (the watcher is in `ui::theme`).

/// What one of the host's `<html>` and `<body>` elements says about its theme.
#[derive(Debug, Clone, Copy, Default)]
pub struct Look<'a> {
    /// Its `data-theme` attribute.
    pub data_theme: Option<&'a str>,
    /// Its `class` attribute.
    pub class: &'a str,
    /// Its computed `color-scheme` (`normal` when the page sets none).
    pub color_scheme: &'a str,
    /// Its computed `background-color` (`rgba(0, 0, 0, 0)` when it has none).
    pub background: &'a str,
}

/// The host's theme, `light` or `dark`: a `data-theme` or a theme class on `<body>`, then on
/// `<html>` (the nearer says more); then a `color-scheme` of one theme, on `<body>` then `<html>`;
/// then the colour of the page's background (a light-only blog read on a dark system stays
/// light); else the reader's system (`prefers_dark`). Names are read in any letter case.
pub fn host_theme(html: Look, body: Look, prefers_dark: bool) -> &'static str {
    let said = |look: Look| {
        let by_attribute = look.data_theme.and_then(|t| named(t.trim()));
        let by_class = || look.class.split_ascii_whitespace().find_map(class_named);
        by_attribute.or_else(by_class)
    };
    let by_scheme = |look: Look| {
        let words: Vec<&str> = look.color_scheme.split_ascii_whitespace().collect();
        // `light dark` leaves it to the system; `only` is a modifier.
        match (words.contains(&"dark"), words.contains(&"light")) {
            (true, false) => Some("dark"),
            (false, true) => Some("light"),
            _ => None,
        }
    };
    said(body)
        .or_else(|| said(html))
        .or_else(|| by_scheme(body))
        .or_else(|| by_scheme(html))
        .or_else(|| by_background(body.background))
        .or_else(|| by_background(html.background))
        .unwrap_or(if prefers_dark { "dark" } else { "light" })
}

/// A computed `rgb(r, g, b)` or `rgba(r, g, b, a)` background: dark or light by its brightness;
/// none when it is see-through (`a` of 0) or not in that form.
fn by_background(color: &str) -> Option<&'static str> {
    let inside = color
        .strip_prefix("rgba(")
        .or_else(|| color.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inside.split(',').map(str::trim).collect();
    if parts.len() == 4 && parts[3].trim_start_matches(['0', '.']).is_empty() {
        return None;
    }
    // Whole parts only: no float parsing (its tables would cost the wasm kilobytes).
    let channel = |i: usize| -> Option<u32> { parts.get(i)?.split('.').next()?.parse().ok() };
    let brightness = 299 * channel(0)? + 587 * channel(1)? + 114 * channel(2)?;
    Some(if brightness < 128_000 {
        "dark"
    } else {
        "light"
    })
}

fn named(name: &str) -> Option<&'static str> {
    match name.to_ascii_lowercase().as_str() {
        "dark" => Some("dark"),
        "light" => Some("light"),
        _ => None,
    }
}

/// The class names blogs' switches use for a theme: `dark`, `dark-mode`, `theme-dark`.
fn class_named(class: &str) -> Option<&'static str> {
    let class = class.to_ascii_lowercase();
    let bare = class
        .strip_prefix("theme-")
        .or_else(|| class.strip_suffix("-mode"))
        .or_else(|| class.strip_suffix("-theme"))
        .unwrap_or(&class);
    named(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look<'a>(data_theme: Option<&'a str>, class: &'a str, color_scheme: &'a str) -> Look<'a> {
        Look {
            data_theme,
            class,
            color_scheme,
            background: "rgba(0, 0, 0, 0)",
        }
    }

    const PLAIN: Look<'static> = Look {
        data_theme: None,
        class: "",
        color_scheme: "normal",
        background: "rgba(0, 0, 0, 0)",
    };

    #[test]
    fn a_page_that_says_nothing_is_as_dark_as_its_background() {
        let on = |background| Look {
            background,
            ..PLAIN
        };
        // A cream blog read on a dark system stays light; a near-black one is dark.
        assert_eq!(host_theme(PLAIN, on("rgb(255, 253, 248)"), true), "light");
        assert_eq!(host_theme(on("rgb(21, 23, 26)"), PLAIN, false), "dark");
        // The body's colour first; a see-through one leaves it to <html>, then the system.
        assert_eq!(
            host_theme(on("rgb(255, 255, 255)"), on("rgb(0, 0, 0)"), false),
            "dark"
        );
        assert_eq!(
            host_theme(on("rgb(0, 0, 0)"), on("rgba(255, 255, 255, 0)"), false),
            "dark"
        );
        assert_eq!(host_theme(PLAIN, on("rgba(0, 0, 0, 0)"), true), "dark");
        assert_eq!(
            host_theme(PLAIN, on("rgba(10, 10, 10, 0.9)"), false),
            "dark"
        );
        for odd in [
            "",
            "transparent",
            "rgb(1, 2)",
            "color(srgb 1 1 1)",
            "rgb(a, b, c)",
        ] {
            assert_eq!(host_theme(PLAIN, on(odd), true), "dark", "{odd}");
        }
        // What the page says wins over its background.
        let said = Look {
            class: "light",
            ..on("rgb(0, 0, 0)")
        };
        assert_eq!(host_theme(PLAIN, said, true), "light");
    }

    #[test]
    fn nothing_said_follows_the_system() {
        assert_eq!(host_theme(PLAIN, PLAIN, false), "light");
        assert_eq!(host_theme(PLAIN, PLAIN, true), "dark");
        let both = look(None, "", "light dark");
        assert_eq!(host_theme(both, both, true), "dark");
    }

    #[test]
    fn a_class_an_attribute_or_a_color_scheme_says_it() {
        for (html, body, want) in [
            (look(None, "page dark", "normal"), PLAIN, "dark"),
            (
                look(None, "", "normal"),
                look(None, "dark-mode x", "normal"),
                "dark",
            ),
            (look(None, "theme-dark", "normal"), PLAIN, "dark"),
            (look(Some("dark"), "", "normal"), PLAIN, "dark"),
            (look(Some("light"), "dark", "normal"), PLAIN, "light"),
            (look(None, "", "dark"), PLAIN, "dark"),
            (look(None, "", "only dark"), PLAIN, "dark"),
            (look(None, "darkness", "normal"), PLAIN, "light"),
        ] {
            assert_eq!(host_theme(html, body, false), want, "{html:?} {body:?}");
        }
        // Light said by the page wins over a dark system.
        assert_eq!(
            host_theme(look(None, "light", "normal"), PLAIN, true),
            "light"
        );
        assert_eq!(host_theme(look(None, "", "light"), PLAIN, true), "light");
    }

    #[test]
    fn the_body_says_more_than_the_html() {
        let html = look(Some("light"), "", "light");
        let body = look(None, "dark", "normal");
        assert_eq!(host_theme(html, body, false), "dark");
        // A class said anywhere wins over a color-scheme anywhere.
        let html = look(None, "dark", "normal");
        let body = look(None, "", "light");
        assert_eq!(host_theme(html, body, false), "dark");
    }
}
