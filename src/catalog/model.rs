//! The shapes of catalog data as the app sees it: `&'static` everything, generated at build time.

/// One technology, platform, language, framework or tool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Technology {
    /// Stable kebab-case id, used in URLs and by tests (`data-tech`).
    pub id: &'static str,
    pub name: &'static str,
    /// Other names a reader may type ("Postgres", "k8s").
    pub aliases: &'static [&'static str],
    pub category: &'static str,
    pub subcategory: &'static str,
    /// One sentence.
    pub summary: &'static str,
    /// Natively only: the wasm fetches it after the first paint ([`crate::catalog::details`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub description: &'static str,
    pub strengths: &'static [&'static str],
    /// When not to pick it.
    pub trade_offs: &'static [&'static str],
    /// Short use-case phrases.
    pub best_for: &'static [&'static str],
    pub tags: &'static [&'static str],
    pub hosting: &'static [Hosting],
    pub license: License,
    /// Always `https://`: the build rejects anything else.
    pub website: &'static str,
    pub related: &'static [&'static str],
    pub guides: &'static [&'static str],
    /// Seed ids the facts come from (empty for items no seed names).
    pub sources: &'static [&'static str],
    /// The company or foundation that owns or governs it today.
    pub steward: &'static str,
    /// The licence as an SPDX expression.
    pub spdx: &'static str,
    /// One line of licence history, where the licence changed.
    pub license_note: Option<&'static str>,
    pub lifecycle: Option<Lifecycle>,
    /// Primary sources backing the card's facts. Natively only, like the description.
    #[cfg(not(target_arch = "wasm32"))]
    pub references: &'static [Reference],
    /// The month the facts were last checked: `YYYY-MM`.
    pub reviewed: &'static str,
    /// Where the item counts in the filter options, worked out at build time.
    pub facet_keys: FacetKeys,
}

/// A primary source a card cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    pub title: &'static str,
    /// Always `https://`.
    pub url: &'static str,
}

/// Where an item stands in its life, when that matters to a reader choosing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lifecycle {
    pub status: LifecycleStatus,
    /// `YYYY-MM` or `YYYY-MM-DD`, when one is announced.
    pub date: Option<&'static str>,
    pub note: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifecycleStatus {
    Active,
    /// Fixes only; no new features, or closed to new customers.
    Maintenance,
    Deprecated,
    /// An end date is announced.
    Retiring,
    EndOfLife,
}

impl LifecycleStatus {
    /// The status as a reader reads it.
    pub fn label(self) -> &'static str {
        match self {
            LifecycleStatus::Active => "Active",
            LifecycleStatus::Maintenance => "In maintenance",
            LifecycleStatus::Deprecated => "Deprecated",
            LifecycleStatus::Retiring => "Retiring",
            LifecycleStatus::EndOfLife => "End of life",
        }
    }
}

impl Lifecycle {
    /// "Retiring (2029-03-28): …", the line a detail shows.
    pub fn line(&self) -> String {
        match self.date {
            Some(date) => format!("{} ({date}): {}", self.status.label(), self.note),
            None => format!("{}: {}", self.status.label(), self.note),
        }
    }
}

impl Technology {
    /// Whether it can be run this way: its hosting list names it, or it has none (a language,
    /// a standard).
    pub fn runs_as(&self, model: Hosting) -> bool {
        self.hosting.is_empty() || self.hosting.contains(&model)
    }

    /// "Source available · BUSL-1.1", or the kind alone where the expression adds nothing (a
    /// style with no licence, a proprietary service). Custom ids lose their `LicenseRef-` prefix.
    pub fn license_line(&self) -> String {
        match self.spdx {
            "NONE" | "LicenseRef-Proprietary" => self.license.label().to_string(),
            spdx => format!(
                "{} · {}",
                self.license.label(),
                spdx.replace("LicenseRef-", "")
            ),
        }
    }

    /// The review month as a reader reads it: "2026-12" → "December 2026".
    pub fn reviewed_month(&self) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        let (year, month) = self.reviewed.split_once('-').unwrap_or((self.reviewed, ""));
        match month
            .parse::<usize>()
            .ok()
            .and_then(|m| MONTHS.get(m.wrapping_sub(1)))
        {
            Some(name) => format!("{name} {year}"),
            None => self.reviewed.to_string(),
        }
    }
}

/// An item's places in the filter option lists, so a count is an index, not a hash lookup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FacetKeys {
    /// The category's option among the category options (each category followed by its
    /// subcategories, in catalog order).
    pub category: u16,
    /// The subcategory's option in the same list.
    pub subcategory: u16,
    /// Positions in the catalog's tag vocabulary, in the item's tag order.
    pub tags: &'static [u16],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub name: &'static str,
    pub intro: &'static str,
    pub subcategories: &'static [Subcategory],
    pub guides: &'static [&'static str],
}

impl Category {
    pub fn subcategory(&self, id: &str) -> Option<&'static Subcategory> {
        self.subcategories.iter().find(|s| s.id == id)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subcategory {
    pub id: &'static str,
    pub name: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag {
    pub id: &'static str,
    pub label: &'static str,
}

/// Who runs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Hosting {
    /// A provider runs it for you.
    Managed,
    /// You run it on your own servers.
    SelfHosted,
    /// Billed and scaled per request, nothing to provision.
    Serverless,
    /// Runs inside your own process.
    Embedded,
}

impl Hosting {
    pub const ALL: [Hosting; 4] = [
        Hosting::Managed,
        Hosting::SelfHosted,
        Hosting::Serverless,
        Hosting::Embedded,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Hosting::Managed => "managed",
            Hosting::SelfHosted => "self-hosted",
            Hosting::Serverless => "serverless",
            Hosting::Embedded => "embedded",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Hosting::Managed => "Managed",
            Hosting::SelfHosted => "Self-hosted",
            Hosting::Serverless => "Serverless",
            Hosting::Embedded => "Embedded",
        }
    }

    pub fn from_key(key: &str) -> Option<Hosting> {
        Hosting::ALL.into_iter().find(|h| h.key() == key)
    }
}

/// What kind of licence, in the sense a team choosing a tool cares about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum License {
    OpenSource,
    /// Source is readable but the licence restricts some uses (SSPL, BUSL, FSL…).
    SourceAvailable,
    Proprietary,
    /// A specification or architectural style rather than software.
    Standard,
}

impl License {
    pub const ALL: [License; 4] = [
        License::OpenSource,
        License::SourceAvailable,
        License::Proprietary,
        License::Standard,
    ];

    pub fn key(self) -> &'static str {
        match self {
            License::OpenSource => "open-source",
            License::SourceAvailable => "source-available",
            License::Proprietary => "proprietary",
            License::Standard => "standard",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            License::OpenSource => "Open source",
            License::SourceAvailable => "Source available",
            License::Proprietary => "Proprietary",
            License::Standard => "Open standard or style",
        }
    }

    pub fn from_key(key: &str) -> Option<License> {
        License::ALL.into_iter().find(|l| l.key() == key)
    }
}
