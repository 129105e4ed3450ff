//! The catalog as humans write it in `data/`: serde types, the loader and the validator.
//!
//! Compiled into `build.rs` (and into the native test `tests/validate.rs`), never into the app:
//! the wasm gets the statics that `codegen.rs` writes and carries no JSON parser. Every problem is
//! reported as one line naming the file, the item and the field, and all problems are reported at
//! once so a contributor can fix them in one pass.

use serde::Deserialize;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::Path;

/// Longest summary we accept: a card shows it in full on a 320 px screen.
pub const SUMMARY_MAX_CHARS: usize = 180;
pub const HOSTING_MODELS: &[&str] = &["managed", "self-hosted", "serverless", "embedded"];
pub const LICENSE_KINDS: &[&str] = &["open-source", "source-available", "proprietary", "standard"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCategory {
    pub id: String,
    pub name: String,
    pub intro: String,
    pub subcategories: Vec<RawSubcategory>,
    #[serde(default)]
    pub guides: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSubcategory {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTag {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuides {
    pub base_url: String,
    pub current: String,
    pub guides: Vec<RawGuide>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGuide {
    pub id: String,
    pub title: String,
    pub path: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub file: String,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub category: String,
    pub subcategory: String,
    pub summary: String,
    pub description: String,
    pub strengths: Vec<String>,
    pub trade_offs: Vec<String>,
    pub best_for: Vec<String>,
    pub tags: Vec<String>,
    #[serde(default)]
    pub hosting: Vec<String>,
    pub license: String,
    pub website: String,
    #[serde(default)]
    pub related: Vec<String>,
    #[serde(default)]
    pub guides: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CategoriesFile {
    categories: Vec<RawCategory>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TagsFile {
    tags: Vec<RawTag>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesFile {
    sources: Vec<RawSource>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemsFile {
    items: Vec<RawItem>,
}

/// A value together with the file it came from, so problems can name the file.
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub file: String,
    pub value: T,
}

/// The whole catalog source, parsed but not yet validated.
#[derive(Debug, Clone)]
pub struct RawCatalog {
    pub categories: Located<Vec<RawCategory>>,
    pub tags: Located<Vec<RawTag>>,
    pub guides: Located<RawGuides>,
    pub sources: Located<Vec<RawSource>>,
    /// Items in the order they are read: files sorted by name, items in file order.
    pub items: Vec<Located<RawItem>>,
}

/// One thing wrong with the catalog, printed as a single line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// What the problem is about, e.g. `item "redis"` or `category "apis"`.
    pub subject: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.subject {
            Some(subject) => write!(f, "{}: {}: {}", self.file, subject, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// The files that make up a catalog, as (path shown in messages, contents) pairs. `items` may
/// hold several files; the others are single files.
pub struct SourceTexts {
    pub categories: (String, String),
    pub tags: (String, String),
    pub guides: (String, String),
    pub sources: (String, String),
    pub items: Vec<(String, String)>,
}

/// Reads `dir/{categories,tags,guides,sources}.json` and every `dir/catalog/*.json`.
/// Paths in messages are shown relative to `shown_as` (e.g. `data`).
pub fn read_dir(dir: &Path, shown_as: &str) -> Result<SourceTexts, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut names: Vec<String> = match std::fs::read_dir(dir.join("catalog")) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".json"))
            .collect(),
        Err(e) => {
            problems.push(Problem {
                file: format!("{shown_as}/catalog"),
                subject: None,
                message: format!("cannot be read: {e}"),
            });
            Vec::new()
        }
    };
    names.sort();
    let mut read = |name: &str| -> (String, String) {
        let shown = format!("{shown_as}/{name}");
        match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => (shown, text),
            Err(e) => {
                problems.push(Problem {
                    file: shown.clone(),
                    subject: None,
                    message: format!("cannot be read: {e}"),
                });
                (shown, String::new())
            }
        }
    };
    let categories = read("categories.json");
    let tags = read("tags.json");
    let guides = read("guides.json");
    let sources = read("sources.json");
    let items = names
        .iter()
        .map(|n| read(&format!("catalog/{n}")))
        .collect();
    if problems.is_empty() {
        Ok(SourceTexts {
            categories,
            tags,
            guides,
            sources,
            items,
        })
    } else {
        Err(problems)
    }
}

fn parse_one<T: for<'de> Deserialize<'de>>(
    (file, text): &(String, String),
    problems: &mut Vec<Problem>,
) -> Option<Located<T>> {
    match serde_json::from_str::<T>(text) {
        Ok(value) => Some(Located {
            file: file.clone(),
            value,
        }),
        Err(e) => {
            problems.push(Problem {
                file: file.clone(),
                subject: None,
                message: format!("is not valid catalog JSON: {e}"),
            });
            None
        }
    }
}

/// Parses every file; a file that does not parse is one problem naming the line and column.
pub fn parse(texts: &SourceTexts) -> Result<RawCatalog, Vec<Problem>> {
    let mut problems = Vec::new();
    let categories = parse_one::<CategoriesFile>(&texts.categories, &mut problems);
    let tags = parse_one::<TagsFile>(&texts.tags, &mut problems);
    let guides = parse_one::<RawGuides>(&texts.guides, &mut problems);
    let sources = parse_one::<SourcesFile>(&texts.sources, &mut problems);
    let mut items = Vec::new();
    for text in &texts.items {
        if let Some(file) = parse_one::<ItemsFile>(text, &mut problems) {
            items.extend(file.value.items.into_iter().map(|value| Located {
                file: file.file.clone(),
                value,
            }));
        }
    }
    match (categories, tags, guides, sources) {
        (Some(c), Some(t), Some(g), Some(s)) if problems.is_empty() => Ok(RawCatalog {
            categories: Located {
                file: c.file,
                value: c.value.categories,
            },
            tags: Located {
                file: t.file,
                value: t.value.tags,
            },
            guides: g,
            sources: Located {
                file: s.file,
                value: s.value.sources,
            },
            items,
        }),
        _ => Err(problems),
    }
}

/// Parses, then validates: the one constructor the build uses.
pub fn load(texts: &SourceTexts) -> Result<RawCatalog, Vec<Problem>> {
    let catalog = parse(texts)?;
    let problems = validate(&catalog);
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(problems)
    }
}

fn is_kebab_case(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A URL we are willing to link to: `https://`, a host, no spaces or quotes.
pub fn is_https_url(url: &str) -> bool {
    match url.strip_prefix("https://") {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty()
                && host.contains('.')
                && !url
                    .chars()
                    .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>')
        }
        None => false,
    }
}

struct Reporter<'a> {
    file: &'a str,
    subject: String,
    problems: &'a mut Vec<Problem>,
}

impl Reporter<'_> {
    fn add(&mut self, message: String) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            subject: Some(self.subject.clone()),
            message,
        });
    }
    fn require(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.add(format!("{field} is empty"));
        }
    }
    fn require_list(&mut self, field: &str, values: &[String]) {
        if values.is_empty() {
            self.add(format!("{field} is empty"));
        }
        if values.iter().any(|v| v.trim().is_empty()) {
            self.add(format!("{field} has an empty entry"));
        }
    }
}

/// Every rule the catalog must keep. Returns all problems, in file order.
pub fn validate(c: &RawCatalog) -> Vec<Problem> {
    let mut problems = Vec::new();

    // Tags.
    let mut tag_ids = HashSet::new();
    for tag in &c.tags.value {
        let mut r = Reporter {
            file: &c.tags.file,
            subject: format!("tag \"{}\"", tag.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&tag.id) {
            r.add("id is not kebab-case".into());
        }
        r.require("label", &tag.label);
        if !tag_ids.insert(tag.id.as_str()) {
            r.add("id is used twice".into());
        }
    }

    // Sources.
    let mut source_ids = HashSet::new();
    for source in &c.sources.value {
        let mut r = Reporter {
            file: &c.sources.file,
            subject: format!("source \"{}\"", source.id),
            problems: &mut problems,
        };
        r.require("file", &source.file);
        r.require("title", &source.title);
        if !source_ids.insert(source.id.as_str()) {
            r.add("id is used twice".into());
        }
    }

    // Guides.
    let guides = &c.guides.value;
    let mut guide_ids = HashSet::new();
    {
        let mut r = Reporter {
            file: &c.guides.file,
            subject: "guide series".into(),
            problems: &mut problems,
        };
        if !is_https_url(&guides.base_url) {
            r.add(format!(
                "base_url \"{}\" is not an https:// URL",
                guides.base_url
            ));
        }
    }
    for guide in &guides.guides {
        let mut r = Reporter {
            file: &c.guides.file,
            subject: format!("guide \"{}\"", guide.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&guide.id) {
            r.add("id is not kebab-case".into());
        }
        r.require("title", &guide.title);
        if !guide.path.starts_with('/') {
            r.add(format!("path \"{}\" does not start with /", guide.path));
        }
        if !guide_ids.insert(guide.id.as_str()) {
            r.add("id is used twice".into());
        }
    }
    if !guide_ids.contains(guides.current.as_str()) {
        problems.push(Problem {
            file: c.guides.file.clone(),
            subject: Some("guide series".into()),
            message: format!("current guide \"{}\" does not exist", guides.current),
        });
    }

    // Categories.
    let mut subcategories: HashMap<&str, HashSet<&str>> = HashMap::new();
    for category in &c.categories.value {
        let mut r = Reporter {
            file: &c.categories.file,
            subject: format!("category \"{}\"", category.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&category.id) {
            r.add("id is not kebab-case".into());
        }
        r.require("name", &category.name);
        r.require("intro", &category.intro);
        if category.subcategories.is_empty() {
            r.add("subcategories is empty".into());
        }
        let mut subs = HashSet::new();
        for sub in &category.subcategories {
            if !is_kebab_case(&sub.id) {
                r.add(format!("subcategory id \"{}\" is not kebab-case", sub.id));
            }
            if sub.name.trim().is_empty() {
                r.add(format!("subcategory \"{}\" has an empty name", sub.id));
            }
            if !subs.insert(sub.id.as_str()) {
                r.add(format!("subcategory id \"{}\" is used twice", sub.id));
            }
        }
        check_guides(&mut r, &category.guides, &guide_ids, &guides.current);
        if subcategories.insert(category.id.as_str(), subs).is_some() {
            r.add("id is used twice".into());
        }
    }

    // Items.
    let item_ids: HashSet<&str> = c.items.iter().map(|i| i.value.id.as_str()).collect();
    let mut seen_ids = HashSet::new();
    let mut seen_names = HashMap::new();
    let mut used_categories = BTreeSet::new();
    for Located { file, value: item } in &c.items {
        let mut r = Reporter {
            file,
            subject: format!("item \"{}\"", item.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&item.id) {
            r.add("id is not kebab-case".into());
        }
        if !seen_ids.insert(item.id.as_str()) {
            r.add("id is used twice".into());
        }
        let name_key = item.name.trim().to_lowercase();
        if let Some(other) = seen_names.insert(name_key, item.id.clone()) {
            r.add(format!(
                "name \"{}\" is also the name of item \"{other}\"",
                item.name
            ));
        }
        r.require("name", &item.name);
        r.require("summary", &item.summary);
        r.require("description", &item.description);
        r.require_list("strengths", &item.strengths);
        r.require_list("trade_offs", &item.trade_offs);
        r.require_list("best_for", &item.best_for);
        r.require_list("tags", &item.tags);
        r.require_list("sources", &item.sources);
        if item.aliases.iter().any(|a| a.trim().is_empty()) {
            r.add("aliases has an empty entry".into());
        }
        let summary_chars = item.summary.chars().count();
        if summary_chars > SUMMARY_MAX_CHARS {
            r.add(format!(
                "summary is {summary_chars} characters, more than {SUMMARY_MAX_CHARS}"
            ));
        }
        match subcategories.get(item.category.as_str()) {
            None => r.add(format!("category \"{}\" does not exist", item.category)),
            Some(subs) => {
                used_categories.insert(item.category.as_str());
                if !subs.contains(item.subcategory.as_str()) {
                    r.add(format!(
                        "subcategory \"{}\" is not a subcategory of \"{}\"",
                        item.subcategory, item.category
                    ));
                }
            }
        }
        for tag in &item.tags {
            if !tag_ids.contains(tag.as_str()) {
                r.add(format!("tag \"{tag}\" is not in the tag vocabulary"));
            }
        }
        for hosting in &item.hosting {
            if !HOSTING_MODELS.contains(&hosting.as_str()) {
                r.add(format!(
                    "hosting \"{hosting}\" is not one of {}",
                    HOSTING_MODELS.join(", ")
                ));
            }
        }
        if !LICENSE_KINDS.contains(&item.license.as_str()) {
            r.add(format!(
                "license \"{}\" is not one of {}",
                item.license,
                LICENSE_KINDS.join(", ")
            ));
        }
        if !is_https_url(&item.website) {
            r.add(format!(
                "website \"{}\" is not an https:// URL",
                item.website
            ));
        }
        for related in &item.related {
            if related == &item.id {
                r.add("related lists the item itself".into());
            } else if !item_ids.contains(related.as_str()) {
                r.add(format!("related id \"{related}\" does not exist"));
            }
        }
        for source in &item.sources {
            if !source_ids.contains(source.as_str()) {
                r.add(format!("source \"{source}\" does not exist"));
            }
        }
        check_guides(&mut r, &item.guides, &guide_ids, &guides.current);
    }
    for category in &c.categories.value {
        if !used_categories.contains(category.id.as_str()) {
            problems.push(Problem {
                file: c.categories.file.clone(),
                subject: Some(format!("category \"{}\"", category.id)),
                message: "has no items".into(),
            });
        }
    }
    // Every tag is offered as a filter: one that no item carries would filter to nothing.
    let carried: HashSet<&str> = c
        .items
        .iter()
        .flat_map(|i| i.value.tags.iter().map(String::as_str))
        .collect();
    for tag in &c.tags.value {
        if !carried.contains(tag.id.as_str()) {
            problems.push(Problem {
                file: c.tags.file.clone(),
                subject: Some(format!("tag \"{}\"", tag.id)),
                message: "no item carries it".into(),
            });
        }
    }
    problems
}

fn check_guides(r: &mut Reporter, ids: &[String], known: &HashSet<&str>, current: &str) {
    for id in ids {
        if id == current {
            r.add(format!("guide \"{id}\" is the page itself"));
        } else if !known.contains(id.as_str()) {
            r.add(format!("guide id \"{id}\" does not exist"));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The stack chooser's rules: data/chooser.json.

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChooser {
    pub questions: Vec<RawQuestion>,
    pub layers: Vec<RawLayer>,
    pub language_tags: std::collections::BTreeMap<String, Vec<String>>,
    pub cloud_tags: std::collections::BTreeMap<String, String>,
    pub rules: Vec<RawRule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    pub key: String,
    pub label: String,
    pub why: String,
    pub not_sure: String,
    pub not_sure_value: String,
    pub default: Option<String>,
    pub values: Vec<RawChoice>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub key: String,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLayer {
    pub key: String,
    pub label: String,
    pub categories: Vec<String>,
    pub candidates: Vec<String>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub match_language: bool,
    #[serde(default)]
    pub match_cloud: bool,
    #[serde(default)]
    pub decides_cloud: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    pub when: std::collections::BTreeMap<String, Vec<String>>,
    pub layer: String,
    #[serde(default)]
    pub boost: Option<std::collections::BTreeMap<String, i32>>,
    #[serde(default)]
    pub require_hosting: Option<String>,
    #[serde(default)]
    pub eliminate: Option<Vec<String>>,
    pub because: String,
    pub seed: String,
    pub fact: String,
}

/// The id a boost may use on an optional layer to mean "not needed yet".
pub const NONE_PICK: &str = "none";

pub fn parse_chooser((file, text): &(String, String)) -> Result<Located<RawChooser>, Vec<Problem>> {
    let mut problems = Vec::new();
    match parse_one::<RawChooser>(&(file.clone(), text.clone()), &mut problems) {
        Some(c) => Ok(c),
        None => Err(problems),
    }
}

/// Every rule the chooser data must keep, checked against the (valid) catalog.
pub fn validate_chooser(chooser: &Located<RawChooser>, catalog: &RawCatalog) -> Vec<Problem> {
    let file = chooser.file.as_str();
    let c = &chooser.value;
    let mut problems = Vec::new();
    let items: HashMap<&str, &RawItem> = catalog
        .items
        .iter()
        .map(|i| (i.value.id.as_str(), &i.value))
        .collect();
    let seeds: HashSet<&str> = catalog
        .sources
        .value
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    let categories: HashSet<&str> = catalog
        .categories
        .value
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    let tags: HashSet<&str> = catalog.tags.value.iter().map(|t| t.id.as_str()).collect();

    let mut questions: HashMap<&str, HashSet<&str>> = HashMap::new();
    for q in &c.questions {
        let mut r = Reporter {
            file,
            subject: format!("question \"{}\"", q.key),
            problems: &mut problems,
        };
        if !is_kebab_case(&q.key) {
            r.add("key is not kebab-case".into());
        }
        r.require("label", &q.label);
        r.require("why", &q.why);
        r.require("not_sure", &q.not_sure);
        if q.values.is_empty() {
            r.add("values is empty".into());
        }
        let mut values = HashSet::new();
        for v in &q.values {
            if !is_kebab_case(&v.key) {
                r.add(format!("value \"{}\" is not kebab-case", v.key));
            }
            if v.label.trim().is_empty() {
                r.add(format!("value \"{}\" has an empty label", v.key));
            }
            if !values.insert(v.key.as_str()) {
                r.add(format!("value \"{}\" is listed twice", v.key));
            }
        }
        if !values.contains(q.not_sure_value.as_str()) {
            r.add(format!(
                "not_sure_value \"{}\" is not one of its values",
                q.not_sure_value
            ));
        }
        if let Some(d) = &q.default {
            if !values.contains(d.as_str()) {
                r.add(format!("default \"{d}\" is not one of its values"));
            }
        }
        if [
            "view", "q", "category", "tag", "hosting", "license", "sort", "tech", "compare",
        ]
        .contains(&q.key.as_str())
        {
            r.add("key is already a URL setting of the explorer".into());
        }
        if questions.insert(q.key.as_str(), values).is_some() {
            r.add("key is used twice".into());
        }
    }

    let mut layers: HashMap<&str, &RawLayer> = HashMap::new();
    for layer in &c.layers {
        let mut r = Reporter {
            file,
            subject: format!("layer \"{}\"", layer.key),
            problems: &mut problems,
        };
        r.require("label", &layer.label);
        if layer.candidates.is_empty() {
            r.add("candidates is empty".into());
        }
        for cat in &layer.categories {
            if !categories.contains(cat.as_str()) {
                r.add(format!("category \"{cat}\" does not exist"));
            }
        }
        for id in &layer.candidates {
            match items.get(id.as_str()) {
                None => r.add(format!("candidate \"{id}\" does not exist")),
                Some(item) if !layer.categories.contains(&item.category) => r.add(format!(
                    "candidate \"{id}\" is in category \"{}\", not one of the layer's",
                    item.category
                )),
                Some(_) => {}
            }
        }
        if layers.insert(layer.key.as_str(), layer).is_some() {
            r.add("key is used twice".into());
        }
    }
    if c.layers.iter().filter(|l| l.decides_cloud).count() > 1 {
        problems.push(Problem {
            file: file.into(),
            subject: None,
            message: "more than one layer decides the cloud".into(),
        });
    }
    for (language, language_tags) in &c.language_tags {
        let mut r = Reporter {
            file,
            subject: format!("language_tags \"{language}\""),
            problems: &mut problems,
        };
        if !items.contains_key(language.as_str()) {
            r.add(format!("language \"{language}\" does not exist"));
        }
        for tag in language_tags {
            if !tags.contains(tag.as_str()) {
                r.add(format!("tag \"{tag}\" is not in the tag vocabulary"));
            }
        }
    }
    for (cloud, tag) in &c.cloud_tags {
        let mut r = Reporter {
            file,
            subject: format!("cloud_tags \"{cloud}\""),
            problems: &mut problems,
        };
        if !questions
            .get("cloud")
            .is_some_and(|v| v.contains(cloud.as_str()))
        {
            r.add(format!(
                "\"{cloud}\" is not an answer to the cloud question"
            ));
        }
        if !tags.contains(tag.as_str()) {
            r.add(format!("tag \"{tag}\" is not in the tag vocabulary"));
        }
    }

    let mut rule_ids = HashSet::new();
    for rule in &c.rules {
        let mut r = Reporter {
            file,
            subject: format!("rule \"{}\"", rule.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&rule.id) {
            r.add("id is not kebab-case".into());
        }
        if !rule_ids.insert(rule.id.as_str()) {
            r.add("id is used twice".into());
        }
        r.require("because", &rule.because);
        r.require("fact", &rule.fact);
        if !seeds.contains(rule.seed.as_str()) {
            r.add(format!("seed \"{}\" does not exist", rule.seed));
        }
        if rule.when.is_empty() {
            r.add("when is empty".into());
        }
        for (q, values) in &rule.when {
            match questions.get(q.as_str()) {
                None => r.add(format!("when names question \"{q}\", which does not exist")),
                Some(known) => {
                    if values.is_empty() {
                        r.add(format!("when lists no value for \"{q}\""));
                    }
                    for v in values {
                        if !known.contains(v.as_str()) {
                            r.add(format!("\"{v}\" is not an answer to \"{q}\""));
                        }
                    }
                }
            }
        }
        let effects = [
            rule.boost.is_some(),
            rule.require_hosting.is_some(),
            rule.eliminate.is_some(),
        ];
        if effects.iter().filter(|e| **e).count() != 1 {
            r.add("needs exactly one of boost, require_hosting, eliminate".into());
        }
        let layer = if rule.layer == "*" {
            None
        } else {
            match layers.get(rule.layer.as_str()) {
                Some(l) => Some(*l),
                None => {
                    r.add(format!("layer \"{}\" does not exist", rule.layer));
                    continue;
                }
            }
        };
        if let Some(boost) = &rule.boost {
            let Some(layer) = layer else {
                r.add("a boost must name one layer, not \"*\"".into());
                continue;
            };
            for id in boost.keys() {
                if id == NONE_PICK {
                    if !layer.optional {
                        r.add(format!(
                            "boosts \"none\" but layer \"{}\" is not optional",
                            layer.key
                        ));
                    }
                } else if !layer.candidates.contains(id) {
                    r.add(format!(
                        "boosts \"{id}\", which is not a candidate of \"{}\"",
                        layer.key
                    ));
                }
            }
        }
        if let Some(model) = &rule.require_hosting {
            if !HOSTING_MODELS.contains(&model.as_str()) {
                r.add(format!(
                    "require_hosting \"{model}\" is not a hosting model"
                ));
            }
        }
        if let Some(ids) = &rule.eliminate {
            for id in ids {
                let known = match layer {
                    Some(l) => l.candidates.contains(id),
                    None => items.contains_key(id.as_str()),
                };
                if !known {
                    r.add(format!("eliminates \"{id}\", which is not a candidate"));
                }
            }
        }
    }
    problems
}
