//! The stack chooser as humans write it in `data/chooser.json`: serde types and the validator,
//! checked against the (valid) catalog. Compiled into `build.rs` and `tests/validate.rs` only.
//!
//! The file holds three kinds of knowledge, kept apart on purpose:
//! - `layers`: what a stack is made of and which catalog items may fill each layer;
//! - `rules`: the advice, from answers (and earlier picks) to weights and eliminations;
//! - `invariants`: what any coherent stack must satisfy. The engine never reads them; a native
//!   test checks every combination of answers against them, so a bad rule fails a test.

use crate::source::{is_kebab_case, parse_one, Located, Problem, RawCatalog, RawItem, Reporter};
use crate::source::{HOSTING_MODELS, NONE_PICK, NOT_SURE};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChooser {
    pub questions: Vec<RawQuestion>,
    pub cloud: RawCloud,
    pub layers: Vec<RawLayer>,
    pub rules: Vec<RawRule>,
    pub invariants: Vec<RawInvariant>,
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
    /// The answer as part of a sentence: "your team knows Python".
    pub says: String,
    /// Keys this value had before, still read from old links and stored answers.
    #[serde(default)]
    pub formerly: Vec<String>,
}

/// Which question names the cloud, and the catalog tag of each of its answers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCloud {
    pub question: String,
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLayer {
    pub key: String,
    pub label: String,
    /// Where it stands in the stack diagram: edge, entry, application, data or alongside.
    pub tier: String,
    pub categories: Vec<String>,
    pub candidates: Vec<String>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub match_cloud: bool,
    #[serde(default)]
    pub decides_cloud: bool,
    /// Candidates must carry a tag that the other layer's pick maps to.
    #[serde(default)]
    pub follows: Option<RawFollows>,
    /// A pick of the other layer carrying the tag fills this layer too.
    #[serde(default)]
    pub shares: Option<RawShares>,
    /// Tags the pick and its companions must cover between them.
    #[serde(default)]
    pub covers: Vec<String>,
    /// Said when no candidate fits.
    #[serde(default)]
    pub none_because: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFollows {
    pub layer: String,
    /// The other layer's pick → the tags this layer's candidates may carry.
    pub tags: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawShares {
    pub layer: String,
    pub tag: String,
    pub because: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    pub id: String,
    #[serde(default)]
    pub when: BTreeMap<String, Vec<String>>,
    /// Layer → tag its pick must carry for the rule to apply (`!tag`: must lack).
    #[serde(default)]
    pub when_picked: BTreeMap<String, String>,
    pub layer: String,
    #[serde(default)]
    pub boost: Option<BTreeMap<String, i32>>,
    /// Adds this weight to candidates native to the cloud in force.
    #[serde(default)]
    pub boost_cloud: Option<i32>,
    #[serde(default)]
    pub require_hosting: Option<String>,
    #[serde(default)]
    pub eliminate: Option<Vec<String>>,
    #[serde(default)]
    pub eliminate_tagged: Option<Vec<String>>,
    #[serde(default)]
    pub require_tagged: Option<Vec<String>>,
    /// Tags the layer's pick and companions must cover.
    #[serde(default)]
    pub cover: Option<Vec<String>>,
    pub because: String,
    /// The seed article the rule rests on, or…
    #[serde(default)]
    pub seed: Option<String>,
    /// …the catalog card whose references back the fact.
    #[serde(default)]
    pub card: Option<String>,
    pub fact: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawInvariant {
    pub id: String,
    /// The property in a sentence: what a senior engineer would reject without it.
    pub says: String,
    #[serde(default)]
    pub when: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub when_picked: BTreeMap<String, String>,
    /// Layer keys it constrains, or `["*"]` for all.
    pub layers: Vec<String>,
    pub check: RawCheck,
}

/// What an invariant asks of each layer it names.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RawCheck {
    /// The pick carries at least one of these tags.
    PickHas(Vec<String>),
    /// Neither the pick nor a companion carries any of these tags.
    PickLacks(Vec<String>),
    /// The pick and its companions carry every one of these tags between them.
    Covers(Vec<String>),
    /// Every pick and companion can be run this way (its hosting list is empty or names it).
    HostedAs(String),
    /// The pick belongs to the cloud the reader named.
    NativeCloud,
    /// All picks and companions of these layers belong to one cloud at most, the one named if any.
    OneCloud,
    /// The pick carries a tag the followed layer's pick maps to.
    Follows,
    /// No pick or companion is deprecated, retiring, in maintenance or at end of life.
    Current,
    /// Every pick and companion carries at least one of these tags ("not needed" passes).
    AllHave(Vec<String>),
}

pub fn parse_chooser((file, text): &(String, String)) -> Result<Located<RawChooser>, Vec<Problem>> {
    let mut problems = Vec::new();
    match parse_one::<RawChooser>(&(file.clone(), text.clone()), &mut problems) {
        Some(c) => Ok(c),
        None => Err(problems),
    }
}

/// Known names the rules may refer to.
struct Known<'a> {
    items: HashMap<&'a str, &'a RawItem>,
    tags: HashSet<&'a str>,
    seeds: HashSet<&'a str>,
    questions: HashMap<&'a str, HashSet<&'a str>>,
    layers: HashMap<&'a str, &'a RawLayer>,
}

impl Known<'_> {
    fn check_when(&self, r: &mut Reporter, when: &BTreeMap<String, Vec<String>>) {
        for (q, values) in when {
            match self.questions.get(q.as_str()) {
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
    }

    fn check_when_picked(&self, r: &mut Reporter, when: &BTreeMap<String, String>, own: &str) {
        for (layer, tag) in when {
            if !self.layers.contains_key(layer.as_str()) {
                r.add(format!(
                    "when_picked names layer \"{layer}\", which does not exist"
                ));
            } else if layer == own {
                r.add(format!("when_picked names its own layer \"{layer}\""));
            }
            self.check_tag(r, tag.strip_prefix('!').unwrap_or(tag));
        }
    }

    fn check_tag(&self, r: &mut Reporter, tag: &str) {
        if !self.tags.contains(tag) {
            r.add(format!("tag \"{tag}\" is not in the tag vocabulary"));
        }
    }
}

/// Every rule the chooser data must keep, checked against the (valid) catalog.
pub fn validate_chooser(chooser: &Located<RawChooser>, catalog: &RawCatalog) -> Vec<Problem> {
    let file = chooser.file.as_str();
    let c = &chooser.value;
    let mut problems = Vec::new();
    let mut known = Known {
        items: catalog
            .items
            .iter()
            .map(|i| (i.value.id.as_str(), &i.value))
            .collect(),
        tags: catalog.tags.value.iter().map(|t| t.id.as_str()).collect(),
        seeds: catalog
            .sources
            .value
            .iter()
            .map(|s| s.id.as_str())
            .collect(),
        questions: HashMap::new(),
        layers: HashMap::new(),
    };
    let categories: HashSet<&str> = catalog
        .categories
        .value
        .iter()
        .map(|c| c.id.as_str())
        .collect();

    for q in &c.questions {
        let mut r = Reporter {
            file,
            subject: format!("question \"{}\"", q.key),
            problems: &mut problems,
        };
        check_question(&mut r, q);
        let values = q.values.iter().map(|v| v.key.as_str()).collect();
        if known.questions.insert(q.key.as_str(), values).is_some() {
            r.add("key is used twice".into());
        }
    }
    {
        let mut r = Reporter {
            file,
            subject: "cloud".into(),
            problems: &mut problems,
        };
        match known.questions.get(c.cloud.question.as_str()) {
            None => r.add(format!("question \"{}\" does not exist", c.cloud.question)),
            Some(values) => {
                for (answer, tag) in &c.cloud.tags {
                    if !values.contains(answer.as_str()) {
                        r.add(format!(
                            "\"{answer}\" is not an answer to \"{}\"",
                            c.cloud.question
                        ));
                    }
                    known.check_tag(&mut r, tag);
                }
            }
        }
    }

    for layer in &c.layers {
        if known.layers.insert(layer.key.as_str(), layer).is_some() {
            problems.push(Problem {
                file: file.into(),
                subject: Some(format!("layer \"{}\"", layer.key)),
                message: "key is used twice".into(),
            });
        }
    }
    for layer in &c.layers {
        let mut r = Reporter {
            file,
            subject: format!("layer \"{}\"", layer.key),
            problems: &mut problems,
        };
        check_layer(&mut r, layer, &known, &categories);
    }
    if c.layers.iter().filter(|l| l.decides_cloud).count() > 1 {
        problems.push(Problem {
            file: file.into(),
            subject: None,
            message: "more than one layer decides the cloud".into(),
        });
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
        check_rule(&mut r, rule, &known);
    }

    let mut invariant_ids = HashSet::new();
    for invariant in &c.invariants {
        let mut r = Reporter {
            file,
            subject: format!("invariant \"{}\"", invariant.id),
            problems: &mut problems,
        };
        if !is_kebab_case(&invariant.id) {
            r.add("id is not kebab-case".into());
        }
        if !invariant_ids.insert(invariant.id.as_str()) {
            r.add("id is used twice".into());
        }
        check_invariant(&mut r, invariant, &known);
    }

    if let Err(cycle) = evaluation_order(c) {
        problems.push(Problem {
            file: file.into(),
            subject: None,
            message: format!("layers depend on each other in a circle: {cycle}"),
        });
    }
    problems
}

fn check_question(r: &mut Reporter, q: &RawQuestion) {
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
        if v.key == NOT_SURE {
            r.add(format!("value \"{NOT_SURE}\" is reserved for \"Not sure\""));
        }
        if v.label.trim().is_empty() {
            r.add(format!("value \"{}\" has an empty label", v.key));
        }
        if v.says.trim().is_empty() {
            r.add(format!("value \"{}\" has an empty says", v.key));
        }
        if !values.insert(v.key.as_str()) {
            r.add(format!("value \"{}\" is listed twice", v.key));
        }
    }
    for v in &q.values {
        for old in &v.formerly {
            if values.contains(old.as_str()) || old == NOT_SURE {
                r.add(format!(
                    "value \"{}\" was formerly \"{old}\", which is a value today",
                    v.key
                ));
            }
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
}

fn check_layer(r: &mut Reporter, layer: &RawLayer, known: &Known, categories: &HashSet<&str>) {
    r.require("label", &layer.label);
    if layer.candidates.is_empty() {
        r.add("candidates is empty".into());
    }
    for cat in &layer.categories {
        if !categories.contains(cat.as_str()) {
            r.add(format!("category \"{cat}\" does not exist"));
        }
    }
    let mut seen = HashSet::new();
    for id in &layer.candidates {
        if !seen.insert(id.as_str()) {
            r.add(format!("candidate \"{id}\" is listed twice"));
        }
        match known.items.get(id.as_str()) {
            None => r.add(format!("candidate \"{id}\" does not exist")),
            Some(item) if !layer.categories.contains(&item.category) => r.add(format!(
                "candidate \"{id}\" is in category \"{}\", not one of the layer's",
                item.category
            )),
            Some(_) => {}
        }
    }
    for tag in &layer.covers {
        known.check_tag(r, tag);
    }
    if let Some(follows) = &layer.follows {
        match known.layers.get(follows.layer.as_str()) {
            None => r.add(format!(
                "follows layer \"{}\", which does not exist",
                follows.layer
            )),
            Some(other) => {
                for candidate in &other.candidates {
                    if !follows.tags.contains_key(candidate) {
                        r.add(format!(
                            "follows \"{}\" but maps no tags for its candidate \"{candidate}\"",
                            follows.layer
                        ));
                    }
                }
                for id in follows.tags.keys() {
                    if !other.candidates.contains(id) {
                        r.add(format!(
                            "follows tags for \"{id}\", which is not a candidate of \"{}\"",
                            follows.layer
                        ));
                    }
                }
            }
        }
        for tag in follows.tags.values().flatten() {
            known.check_tag(r, tag);
        }
    }
    if let Some(shares) = &layer.shares {
        if !known.layers.contains_key(shares.layer.as_str()) || shares.layer == layer.key {
            r.add(format!(
                "shares layer \"{}\", which is not another layer",
                shares.layer
            ));
        }
        known.check_tag(r, &shares.tag);
        r.require("shares because", &shares.because);
    }
    if let Some(text) = &layer.none_because {
        r.require("none_because", text);
    }
    if tier_variant(&layer.tier).is_none() {
        let keys: Vec<&str> = TIERS.iter().map(|(key, _)| *key).collect();
        r.add(format!(
            "tier \"{}\" is not one of {}",
            layer.tier,
            keys.join(", ")
        ));
    }
}

/// The diagram's tiers: each key in data/chooser.json and its `chooser::Tier` variant.
pub const TIERS: &[(&str, &str)] = &[
    ("edge", "Edge"),
    ("entry", "Entry"),
    ("application", "Application"),
    ("data", "Data"),
    ("alongside", "Alongside"),
];

/// `chooser::Tier`'s variant for a tier key, if it is one.
pub fn tier_variant(key: &str) -> Option<&'static str> {
    TIERS.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn check_rule(r: &mut Reporter, rule: &RawRule, known: &Known) {
    r.require("because", &rule.because);
    r.require("fact", &rule.fact);
    match (&rule.seed, &rule.card) {
        (Some(seed), None) => {
            if !known.seeds.contains(seed.as_str()) {
                r.add(format!("seed \"{seed}\" does not exist"));
            }
        }
        (None, Some(card)) => {
            if !known.items.contains_key(card.as_str()) {
                r.add(format!("card \"{card}\" does not exist"));
            }
        }
        _ => r.add("needs exactly one of seed, card".into()),
    }
    known.check_when(r, &rule.when);
    known.check_when_picked(r, &rule.when_picked, &rule.layer);
    let effects = [
        rule.boost.is_some(),
        rule.boost_cloud.is_some(),
        rule.require_hosting.is_some(),
        rule.eliminate.is_some(),
        rule.eliminate_tagged.is_some(),
        rule.require_tagged.is_some(),
        rule.cover.is_some(),
    ];
    if effects.iter().filter(|e| **e).count() != 1 {
        r.add(
            "needs exactly one of boost, boost_cloud, require_hosting, eliminate, \
             eliminate_tagged, require_tagged, cover"
                .into(),
        );
    }
    let layer = if rule.layer == "*" {
        None
    } else {
        match known.layers.get(rule.layer.as_str()) {
            Some(l) => Some(*l),
            None => {
                r.add(format!("layer \"{}\" does not exist", rule.layer));
                return;
            }
        }
    };
    let needs_one_layer = rule.boost.is_some() || rule.cover.is_some();
    if needs_one_layer && layer.is_none() {
        r.add("a boost or cover must name one layer, not \"*\"".into());
    }
    if let (Some(boost), Some(layer)) = (&rule.boost, layer) {
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
    if let Some(weight) = rule.boost_cloud {
        if weight <= 0 {
            r.add("boost_cloud must be positive".into());
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
            let ok = match layer {
                Some(l) => l.candidates.contains(id),
                None => known.items.contains_key(id.as_str()),
            };
            if !ok {
                r.add(format!("eliminates \"{id}\", which is not a candidate"));
            }
        }
    }
    for tag in rule
        .eliminate_tagged
        .iter()
        .chain(rule.require_tagged.iter())
        .chain(rule.cover.iter())
        .flatten()
    {
        known.check_tag(r, tag);
    }
}

fn check_invariant(r: &mut Reporter, invariant: &RawInvariant, known: &Known) {
    r.require("says", &invariant.says);
    known.check_when(r, &invariant.when);
    for (layer, tag) in &invariant.when_picked {
        if !known.layers.contains_key(layer.as_str()) {
            r.add(format!(
                "when_picked names layer \"{layer}\", which does not exist"
            ));
        }
        known.check_tag(r, tag.strip_prefix('!').unwrap_or(tag));
    }
    if invariant.layers.is_empty() {
        r.add("layers is empty".into());
    }
    for layer in &invariant.layers {
        if layer != "*" && !known.layers.contains_key(layer.as_str()) {
            r.add(format!("layer \"{layer}\" does not exist"));
        }
    }
    match &invariant.check {
        RawCheck::PickHas(tags)
        | RawCheck::PickLacks(tags)
        | RawCheck::Covers(tags)
        | RawCheck::AllHave(tags) => {
            if tags.is_empty() {
                r.add("check lists no tag".into());
            }
            for tag in tags {
                known.check_tag(r, tag);
            }
        }
        RawCheck::HostedAs(model) => {
            if !HOSTING_MODELS.contains(&model.as_str()) {
                r.add(format!("hosted_as \"{model}\" is not a hosting model"));
            }
        }
        RawCheck::Follows => {
            for layer in &invariant.layers {
                if known
                    .layers
                    .get(layer.as_str())
                    .is_none_or(|l| l.follows.is_none())
                {
                    r.add(format!("layer \"{layer}\" follows no other layer"));
                }
            }
        }
        RawCheck::NativeCloud | RawCheck::OneCloud | RawCheck::Current => {}
    }
}

/// The order the engine fills the layers in: every layer after the layers it depends on (the one
/// it follows or shares, those its rules' `when_picked` name, the layer that decides the cloud),
/// otherwise in listed order. `Err` names a circle.
pub fn evaluation_order(c: &RawChooser) -> Result<Vec<usize>, String> {
    let index: HashMap<&str, usize> = c
        .layers
        .iter()
        .enumerate()
        .map(|(i, l)| (l.key.as_str(), i))
        .collect();
    let decider = c.layers.iter().position(|l| l.decides_cloud);
    let mut depends: Vec<HashSet<usize>> = vec![HashSet::new(); c.layers.len()];
    for (i, l) in c.layers.iter().enumerate() {
        let named = l
            .follows
            .as_ref()
            .map(|f| f.layer.as_str())
            .into_iter()
            .chain(l.shares.as_ref().map(|s| s.layer.as_str()));
        depends[i].extend(named.filter_map(|k| index.get(k).copied()));
        if l.match_cloud {
            depends[i].extend(decider.filter(|d| *d != i));
        }
    }
    for rule in &c.rules {
        if let Some(&i) = index.get(rule.layer.as_str()) {
            depends[i].extend(
                rule.when_picked
                    .keys()
                    .filter_map(|k| index.get(k.as_str())),
            );
        }
    }
    let mut order = Vec::with_capacity(c.layers.len());
    let mut placed = vec![false; c.layers.len()];
    while order.len() < c.layers.len() {
        let next = (0..c.layers.len())
            .find(|&i| !placed[i] && depends[i].iter().all(|d| placed[*d] || *d == i));
        match next {
            Some(i) => {
                placed[i] = true;
                order.push(i);
            }
            None => {
                let stuck: Vec<&str> = (0..c.layers.len())
                    .filter(|i| !placed[*i])
                    .map(|i| c.layers[i].key.as_str())
                    .collect();
                return Err(stuck.join(", "));
            }
        }
    }
    Ok(order)
}
