//! Search: folding, typo tolerance, ranking order, highlighting.

use stackguide::catalog::facets::{
    count_of, explore, relaxations, ExploreQuery, Filter, Filters, OptionCount, Sort, SEARCH_PAGE,
    WHOLE_CATALOG_MAX,
};
use stackguide::catalog::search::{
    fold, highlight, same_shape, within_one_edit, Field, IndexBuilder, Rank, SearchIndex,
    OTHER_FIELDS_MIN_CHARS,
};
use stackguide::catalog::{Catalog, Hosting, License};

fn ids(query: &str) -> Vec<&'static str> {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    index
        .search(query)
        .iter()
        .map(|h| catalog.technologies[h.index].id)
        .collect()
}

fn first(query: &str) -> &'static str {
    ids(query)
        .first()
        .copied()
        .unwrap_or_else(|| panic!("no hit for {query:?}"))
}

#[test]
fn folding_is_case_and_accent_insensitive_and_keeps_length() {
    assert_eq!(fold("PostgréSQL"), "postgresql");
    assert_eq!(fold("ÀÉÎÕÜ ñ ç"), "aeiou n c");
    for s in ["Crème brûlée", "Node.js", "C#", "Ωmega"] {
        assert_eq!(fold(s).chars().count(), s.chars().count());
    }
}

#[test]
fn one_edit_is_one_edit() {
    let c = |s: &str| s.chars().collect::<Vec<_>>();
    assert!(within_one_edit(&c("grafna"), &c("grafana"))); // missing letter
    assert!(within_one_edit(&c("rabbbitmq"), &c("rabbitmq"))); // extra letter
    assert!(within_one_edit(&c("kafks"), &c("kafka"))); // wrong letter
    assert!(within_one_edit(&c("postgers"), &c("postgres"))); // swapped letters
    assert!(!within_one_edit(&c("pstgers"), &c("postgres")));
    assert!(!within_one_edit(&c("redis"), &c("rails")));
}

#[test]
fn ranking_table() {
    // query → the item that must come first
    let table = [
        ("redis", "redis"),
        ("PostgreSQL", "postgresql"),
        ("postgres", "postgresql"),
        ("postgers", "postgresql"),
        ("kuberntes", "kubernetes"),
        ("rabitmq", "rabbitmq"),
        ("grafna", "grafana"),
        ("k8s", "kubernetes"),
        ("mongo", "mongodb"),
        ("loki", "loki"),
        ("what is loki", "loki"),
        ("gcp", "gcp"),
        ("golang", "go"),
        ("node", "nodejs"),
        ("REDİS", "redis"),
        ("rails", "ruby-on-rails"),
        ("c#", "csharp"),
        ("kibana", "elk-stack"),
        ("oidc", "openid-connect"),
    ];
    for (query, expected) in table {
        assert_eq!(
            first(query),
            expected,
            "query {query:?} gave {:?}",
            ids(query)
        );
    }
}

#[test]
fn rank_order_is_exact_name_then_prefix_then_alias_then_other_fields() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let hits = index.search("go");
    assert_eq!(catalog.technologies[hits[0].index].id, "go");
    assert_eq!(hits[0].rank, Rank::ExactName);
    assert!(
        hits.windows(2).all(|w| w[0].rank <= w[1].rank),
        "ranks never go back up"
    );
    let git = index.search("git");
    assert_eq!(catalog.technologies[git[0].index].id, "git");
    assert!(git
        .iter()
        .any(|h| catalog.technologies[h.index].id == "github" && h.rank == Rank::NamePrefix));
    // Ties are broken by the shorter name (fewer words), then by name.
    for w in git.windows(2) {
        if w[0].rank == w[1].rank {
            let (a, b) = (
                catalog.technologies[w[0].index].name,
                catalog.technologies[w[1].index].name,
            );
            let key = |n: &str| (fold(n).split(' ').count(), fold(n));
            assert!(key(a) <= key(b), "{a} before {b}");
        }
    }
}

#[test]
fn synonyms_a_reader_would_type() {
    let queue = ids("queue");
    assert!(
        queue.contains(&"rabbitmq") && queue.contains(&"kafka"),
        "{queue:?}"
    );
    let nosql = ids("nosql");
    for id in ["mongodb", "cassandra", "dynamodb", "redis"] {
        assert!(nosql.contains(&id), "nosql misses {id}: {nosql:?}");
    }
    assert!(!nosql.contains(&"postgresql"));
}

#[test]
fn every_term_must_match() {
    let hits = ids("redis sessions");
    assert!(hits.contains(&"redis"));
    assert!(ids("redis zzzzqqq").is_empty());
    assert!(ids("").is_empty());
    assert!(ids("   ").is_empty());
}

#[test]
fn highlight_marks_matches_as_runs_that_rebuild_the_text() {
    let runs = highlight("PostgreSQL and Postgres", "postgres", Field::Name);
    let text: String = runs.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(text, "PostgreSQL and Postgres");
    // "postgres" is eight letters, so eight letters of "PostgreSQL" light up.
    assert_eq!(runs[0], ("PostgreS".to_string(), true));
    assert_eq!(runs[1], ("QL and ".to_string(), false));
    assert_eq!(runs[2], ("Postgres".to_string(), true));
    let fuzzy = highlight("Grafana dashboards", "grafna", Field::Other);
    assert_eq!(fuzzy[0], ("Grafana".to_string(), true));
    assert_eq!(
        highlight("<b>x</b>", "b", Field::Name),
        vec![
            ("<".into(), false),
            ("b".into(), true),
            (">x</".into(), false),
            ("b".into(), true),
            (">".into(), false)
        ]
    );
    assert_eq!(
        highlight("Redis", "", Field::Name),
        vec![("Redis".to_string(), false)]
    );
}

#[test]
fn typing_on_in_a_word_mostly_keeps_the_marks_shape_so_they_change_in_place() {
    let runs = |text, query| highlight(text, query, Field::Name);
    // The mark grows: the same runs, marked alike.
    assert!(same_shape(
        &runs("PostgreSQL", "pos"),
        &runs("PostgreSQL", "post")
    ));
    // The mark reaches the end of the text: the plain run after it goes.
    assert!(!same_shape(
        &runs("Kubernetes", "kubernete"),
        &runs("Kubernetes", "kubernetes")
    ));
    // A typo match marks the whole word; a cleared search marks nothing.
    assert!(!same_shape(
        &runs("Kubernetes", "kubern"),
        &runs("Kubernetes", "kuberntes")
    ));
    assert!(!same_shape(
        &runs("PostgreSQL", "postgr"),
        &runs("PostgreSQL", "")
    ));

    // Over every name and summary, for each next letter of words readers type, the texts marked
    // before and after mostly keep their shape, so the view changes a text node rather than
    // rebuilding the marks.
    let catalog = Catalog::builtin();
    let (mut marked, mut kept) = (0, 0);
    for word in ["postgres", "kubernetes", "serverless", "message", "grafana"] {
        for end in 2..word.len() {
            for tech in catalog.technologies {
                for (text, field) in [(tech.name, Field::Name), (tech.summary, Field::Other)] {
                    let before = highlight(text, &word[..end], field);
                    let now = highlight(text, &word[..end + 1], field);
                    let any = |runs: &[(String, bool)]| runs.iter().any(|(_, m)| *m);
                    if any(&before) && any(&now) {
                        marked += 1;
                        kept += usize::from(same_shape(&before, &now));
                    }
                }
            }
        }
    }
    assert!(marked > 100, "only {marked} texts stay marked");
    assert!(
        kept * 10 >= marked * 8,
        "{kept} of {marked} texts kept their shape"
    );
}

fn query(text: &str, filters: Filters) -> ExploreQuery {
    ExploreQuery {
        text: text.into(),
        filters,
        sort: None,
    }
}

#[test]
fn facets_or_within_and_across_groups() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let mut f = Filters::default();
    f.categories.insert("caching".into());
    f.categories.insert("messaging".into());
    let r = explore(catalog, &index, &query("", f.clone()));
    let got: Vec<&str> = r
        .items
        .iter()
        .map(|&i| catalog.technologies[i].id)
        .collect();
    let either: Vec<&str> = catalog
        .technologies
        .iter()
        .filter(|t| ["caching", "messaging"].contains(&t.category))
        .map(|t| t.id)
        .collect();
    assert!(either.contains(&"redis") && either.contains(&"kafka"));
    assert_eq!(
        got, either,
        "OR within the category group, in catalog order"
    );
    f.tags.insert("streaming".into());
    let r = explore(catalog, &index, &query("", f.clone()));
    let got: Vec<&str> = r
        .items
        .iter()
        .map(|&i| catalog.technologies[i].id)
        .collect();
    assert!(
        got.contains(&"kafka") && !got.contains(&"memcached"),
        "AND across groups: {got:?}"
    );
    for &i in &r.items {
        let t = &catalog.technologies[i];
        assert!(["caching", "messaging"].contains(&t.category) && t.tags.contains(&"streaming"));
    }
}

#[test]
fn facet_counts_say_what_picking_an_option_would_show() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let mut f = Filters::default();
    f.licenses.insert(License::OpenSource);
    let q = query("", f.clone());
    let r = explore(catalog, &index, &q);
    // For every option in every group, the count equals the result of actually picking it.
    for c in &r.counts.categories {
        let mut g = f.clone();
        g.categories = [c.key.clone()].into();
        assert_eq!(
            explore(catalog, &index, &query("", g)).items.len(),
            c.count,
            "category {}",
            c.key
        );
    }
    for h in &r.counts.hosting {
        let mut g = f.clone();
        g.hosting = [h.key].into();
        assert_eq!(
            explore(catalog, &index, &query("", g)).items.len(),
            h.count,
            "hosting {:?}",
            h.key
        );
    }
    // Within its own group, an option's count ignores the group's other picks (OR).
    for l in &r.counts.licenses {
        let mut g = f.clone();
        g.licenses = [l.key].into();
        assert_eq!(
            explore(catalog, &index, &query("", g)).items.len(),
            l.count,
            "license {:?}",
            l.key
        );
    }
    let total_by_license: usize = r.counts.licenses.iter().map(|l| l.count).sum();
    assert_eq!(total_by_license, catalog.technologies.len());
    // With a search term the counts narrow to matching items.
    let r = explore(catalog, &index, &query("postgres", Filters::default()));
    let dbs = r
        .counts
        .categories
        .iter()
        .find(|c| c.key == "databases")
        .unwrap();
    assert!(dbs.count >= 1 && dbs.count < catalog.in_category("databases").count());
}

#[test]
fn sort_orders() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let mut q = query("", Filters::default());
    assert_eq!(q.effective_sort(), Sort::Category);
    q.sort = Some(Sort::Relevance);
    assert_eq!(
        q.effective_sort(),
        Sort::Category,
        "relevance needs a search term"
    );
    q.sort = Some(Sort::Name);
    let names: Vec<String> = explore(catalog, &index, &q)
        .items
        .iter()
        .map(|&i| fold(catalog.technologies[i].name))
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]));
    q.text = "sql".into();
    q.sort = None;
    assert_eq!(q.effective_sort(), Sort::Relevance);
    q.sort = Some(Sort::Category);
    let cats: Vec<usize> = explore(catalog, &index, &q).items;
    assert!(
        cats.windows(2).all(|w| w[0] < w[1]),
        "category order is catalog order"
    );
}

#[test]
fn an_empty_result_names_the_filters_that_excluded_everything() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let mut f = Filters::default();
    f.categories.insert("languages".into());
    f.hosting.insert(Hosting::Serverless);
    let q = query("", f);
    assert!(explore(catalog, &index, &q).items.is_empty());
    let relax = relaxations(catalog, &index, &q);
    assert!(relax.contains(&(
        Filter::Hosting(Hosting::Serverless),
        catalog.in_category("languages").count()
    )));
    assert!(relax
        .iter()
        .any(|(f, n)| matches!(f, Filter::Category(_)) && *n > 0));
}

#[test]
fn count_of_prefers_the_position_but_finds_the_key_anywhere() {
    let list = [
        OptionCount { key: "a", count: 3 },
        OptionCount { key: "b", count: 5 },
    ];
    assert_eq!(count_of(&list, 1, &"b"), 5);
    assert_eq!(count_of(&list, 0, &"b"), 5, "wrong position: found by key");
    assert_eq!(
        count_of(&list, 9, &"a"),
        3,
        "position past the end: found by key"
    );
    assert_eq!(count_of(&list, 0, &"z"), 0, "unknown key counts 0");
}

#[test]
fn a_search_shows_its_best_matches_first_and_browsing_shows_a_readable_catalog_whole() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let total = catalog.technologies.len();
    let mut managed = Filters::default();
    managed.hosting.insert(Hosting::Managed);
    // Browsing and filtering the real catalog: everything, in one page.
    assert_eq!(ExploreQuery::default().page_size(total), total);
    assert_eq!(query("  ", Filters::default()).page_size(total), total);
    assert_eq!(query("", managed.clone()).page_size(total), total);
    // A short word matches most of the catalog; a page of its best matches shows first.
    let se = query("se", Filters::default());
    assert!(
        explore(catalog, &index, &se).items.len() > SEARCH_PAGE,
        "\"se\" matches more than a page"
    );
    assert_eq!(se.page_size(total), SEARCH_PAGE);
    assert_eq!(query("se", managed).page_size(total), SEARCH_PAGE);
    // A catalog too large to show whole pages its browse view as well.
    let large = WHOLE_CATALOG_MAX + 1;
    assert_eq!(ExploreQuery::default().page_size(large), SEARCH_PAGE);
    assert_eq!(
        ExploreQuery::default().page_size(WHOLE_CATALOG_MAX),
        WHOLE_CATALOG_MAX
    );
    // Never zero, so "Show more" always adds something.
    assert_eq!(ExploreQuery::default().page_size(0), 1);
}

#[test]
fn only_the_plain_browse_query_shows_everything_in_catalog_order() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let browse = ExploreQuery::default();
    assert!(browse.shows_everything());
    let all: Vec<usize> = (0..catalog.technologies.len()).collect();
    assert_eq!(explore(catalog, &index, &browse).items, all);

    let mut filtered = Filters::default();
    filtered.hosting.insert(Hosting::Managed);
    let by_name = ExploreQuery {
        sort: Some(Sort::Name),
        ..ExploreQuery::default()
    };
    let by_category = ExploreQuery {
        sort: Some(Sort::Category),
        ..ExploreQuery::default()
    };
    assert!(by_category.shows_everything());
    assert!(query("   ", Filters::default()).shows_everything());
    for q in [
        query("redis", Filters::default()),
        query("", filtered),
        by_name,
    ] {
        assert!(!q.shows_everything(), "{q:?}");
    }
}

#[test]
fn a_single_letter_looks_at_names_and_aliases_only() {
    let catalog = Catalog::builtin();
    assert_eq!(OTHER_FIELDS_MIN_CHARS, 2);
    let starts = |s: &str, letter: char| {
        fold(s)
            .split(|c: char| !c.is_alphanumeric() && c != '#' && c != '+')
            .any(|w| w.starts_with(letter))
    };
    for letter in ['p', 'k', 's'] {
        let found = ids(&letter.to_string());
        assert!(!found.is_empty(), "{letter}");
        for tech in catalog.technologies {
            let by_name =
                starts(tech.name, letter) || tech.aliases.iter().any(|a| starts(a, letter));
            assert_eq!(found.contains(&tech.id), by_name, "{letter}: {}", tech.id);
        }
    }
    // Two letters look at every field again: "po" finds items by their summaries too.
    let po = ids("po");
    assert!(po.iter().any(|id| {
        let t = catalog.technology(id).unwrap();
        !starts(t.name, 'p') && t.aliases.iter().all(|a| !starts(a, 'p'))
    }));
    // The summary of a card does not light up for a single letter; the name does.
    let summary = highlight("A popular platform", "p", Field::Other);
    assert!(summary.iter().all(|(_, marked)| !marked));
    let name = highlight("PostgreSQL", "p", Field::Name);
    assert_eq!(name[0], ("P".to_string(), true));
    // After another term a letter looks everywhere, so typing a phrase never passes through an
    // empty result: "message q" is on the way to "message queue".
    for phrase in ["message queue", "serverless database"] {
        for end in 1..=phrase.len() {
            let typed = &phrase[..end];
            assert!(!ids(typed).is_empty(), "nothing found for {typed:?}");
        }
    }
    let message = ids("message");
    let mq = ids("message q");
    assert!(mq.iter().all(|id| message.contains(id)), "{mq:?}");
    let summary = highlight("Queues between services", "message q", Field::Other);
    assert_eq!(summary[0], ("Q".to_string(), true));
}

#[test]
fn the_filter_options_line_up_with_the_counts() {
    use stackguide::catalog::facets::filter_options;
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let r = explore(catalog, &index, &query("sql", Filters::default()));
    let options = filter_options(catalog);
    let counts: Vec<usize> = r.counts.in_option_order().collect();
    assert_eq!(options.len(), counts.len());
    // Each option's count is the count listed for its own key.
    let expected: Vec<usize> = options
        .iter()
        .map(|o| match &o.filter {
            Filter::Category(k) => count_of(&r.counts.categories, 0, k),
            Filter::Tag(k) => count_of(&r.counts.tags, 0, &k.as_str()),
            Filter::Hosting(h) => count_of(&r.counts.hosting, 0, h),
            Filter::License(l) => count_of(&r.counts.licenses, 0, l),
        })
        .collect();
    assert_eq!(counts, expected);
    assert!(counts.iter().any(|&n| n > 0) && counts.contains(&0));
    // Subcategories are nested under their category and named on their own.
    let sub = options
        .iter()
        .find(|o| o.filter == Filter::Category("databases/relational".into()))
        .expect("a relational databases option");
    assert!(sub.nested);
    assert!(!sub.label.contains("Databases"), "{}", sub.label);
}

#[test]
fn an_option_with_nothing_to_add_is_disabled_unless_it_is_ticked() {
    use stackguide::catalog::facets::{filter_options, option_states};
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let options = filter_options(catalog);
    let mut filters = Filters::default();
    filters.toggle(Filter::Category("databases".into()));
    // A search no database matches: the ticked category counts zero but stays enabled.
    let r = explore(catalog, &index, &query("kubernetes", filters.clone()));
    let states = option_states(&options, &r.counts, &filters);
    assert_eq!(states.len(), options.len());
    let at = |f: &Filter| options.iter().position(|o| &o.filter == f).unwrap();
    let databases = states[at(&Filter::Category("databases".into()))];
    assert_eq!(databases.count, 0);
    assert!(databases.checked && !databases.disabled);
    for (o, s) in options.iter().zip(&states) {
        assert_eq!(s.checked, filters.contains(&o.filter), "{:?}", o.filter);
        assert_eq!(s.disabled, s.count == 0 && !s.checked, "{:?}", o.filter);
    }
    let counts: Vec<usize> = r.counts.in_option_order().collect();
    assert_eq!(states.iter().map(|s| s.count).collect::<Vec<_>>(), counts);
    assert!(states.iter().any(|s| s.disabled) && states.iter().any(|s| !s.disabled));
}

#[test]
fn an_index_built_an_item_at_a_time_takes_every_item_once_and_finds_them() {
    let catalog = Catalog::builtin();
    let mut builder = IndexBuilder::new(catalog);
    let mut added = 0;
    // As a page builds it: a few items per task, with other work between.
    while builder.add_next() {
        added += 1;
        assert_eq!(builder.added(), added);
    }
    assert_eq!(added, catalog.technologies.len());
    // Once every item is in, asking for more adds nothing.
    assert!(!builder.add_next());
    assert_eq!(builder.added(), added);
    let sliced = builder.finish();
    assert_eq!(
        sliced.vocabulary_len(),
        SearchIndex::new(catalog).vocabulary_len()
    );
    assert_eq!(
        sliced
            .search("postgers")
            .first()
            .map(|h| catalog.technologies[h.index].id),
        Some("postgresql")
    );
}

#[test]
fn a_half_built_index_finds_only_what_was_added() {
    let catalog = Catalog::builtin();
    let mut builder = IndexBuilder::new(catalog);
    for _ in 0..10 {
        builder.add_next();
    }
    let partial = builder.finish();
    let hits = partial.search("a");
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| h.index < 10), "{hits:?}");
    // An item added later is not found.
    let last = &catalog.technologies[catalog.technologies.len() - 1];
    assert!(partial
        .search(last.name)
        .iter()
        .all(|h| catalog.technologies[h.index].id != last.id));
}

#[test]
fn an_index_built_in_slices_stops_when_told_and_completes_the_rest() {
    let catalog = Catalog::builtin();
    let mut builder = IndexBuilder::new(catalog);
    // A slice with room for three items adds three, and says more remain.
    let mut room = 3;
    assert!(builder.add_while(|| {
        room -= 1;
        room >= 0
    }));
    assert_eq!(builder.added(), 3);
    // A slice with no room adds nothing.
    assert!(builder.add_while(|| false));
    assert_eq!(builder.added(), 3);
    // Unlimited room adds the rest and says none remain.
    assert!(!builder.add_while(|| true));
    assert_eq!(builder.added(), catalog.technologies.len());
    // Completing a half-built index finds what the whole one finds.
    let mut half = IndexBuilder::new(catalog);
    half.add_while({
        let mut n = 0;
        move || {
            n += 1;
            n <= 40
        }
    });
    let index = half.complete();
    assert_eq!(
        index
            .search("rabitmq")
            .first()
            .map(|h| catalog.technologies[h.index].id),
        Some("rabbitmq")
    );
    assert_eq!(
        index.vocabulary_len(),
        SearchIndex::new(catalog).vocabulary_len()
    );
}

#[test]
fn newer_items_are_found_by_name_alias_and_the_name_they_replace() {
    for (query, id) in [
        ("OpenTofu", "opentofu"),
        ("Valkey", "valkey"),
        ("Keycloak", "keycloak"),
        ("SQS", "amazon-sqs"),
        ("Fargate", "amazon-ecs"),
        ("Azure AD B2C", "microsoft-entra-external-id"),
        ("Azure Active Directory", "microsoft-entra-id"),
        ("Application Insights", "azure-monitor"),
        ("Azure Cache for Redis", "azure-managed-redis"),
        ("Stackdriver", "google-cloud-monitoring"),
    ] {
        assert_eq!(first(query), id, "{query}");
    }
    // A fork or successor turns up when a reader searches for what it replaces.
    for (query, id) in [
        ("terraform", "opentofu"),
        ("redis", "valkey"),
        ("elasticsearch", "opensearch"),
    ] {
        assert!(ids(query).contains(&id), "{query} → {id}: {:?}", ids(query));
    }
}

#[test]
fn typo_matches_come_apart_after_exact_ones() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    let hits = index.search("loki");
    let r = explore(catalog, &index, &query("loki", Filters::default()));
    let at = r
        .typo_from
        .expect("\"loki\" finds Loki exactly and \"login\" with a typo");
    let name = |i: usize| catalog.technologies[i].id;
    assert_eq!(name(r.items[0]), "loki");
    let rank = |i: usize| hits.iter().find(|h| h.index == i).unwrap().rank;
    for (pos, &i) in r.items.iter().enumerate() {
        assert_eq!(
            rank(i).needed_a_typo(),
            pos >= at,
            "{} at {pos}, typos from {at}",
            name(i)
        );
    }
    // Only exact matches, only typo matches, or another order: nothing to set apart.
    let exact = explore(catalog, &index, &query("postgresql", Filters::default()));
    assert!(exact
        .items
        .iter()
        .all(|&i| !rank_of(&index, "postgresql", i).needed_a_typo()));
    assert_eq!(exact.typo_from, None);
    let typos_only = explore(catalog, &index, &query("postgrsql", Filters::default()));
    assert!(!typos_only.items.is_empty());
    assert_eq!(typos_only.typo_from, None);
    let by_name = ExploreQuery {
        sort: Some(Sort::Name),
        ..query("loki", Filters::default())
    };
    assert_eq!(explore(catalog, &index, &by_name).typo_from, None);
    // A filter that leaves only typo matches.
    let mut f = Filters::default();
    f.categories.insert("auth".into());
    let filtered = explore(catalog, &index, &query("loki", f));
    assert!(
        !filtered.items.is_empty(),
        "Auth0 and OpenID Connect are in auth"
    );
    assert_eq!(filtered.typo_from, None);
}

fn rank_of(index: &SearchIndex, q: &str, i: usize) -> Rank {
    index.search(q).iter().find(|h| h.index == i).unwrap().rank
}

#[test]
fn the_search_hands_over_the_words_it_met_and_they_mark_as_matching_would() {
    let catalog = Catalog::builtin();
    let index = SearchIndex::new(catalog);
    for query in [
        "postgres",
        "kuberntes",
        "message q",
        "p",
        "grafana loki",
        "what is kafka",
    ] {
        let found = index.find(query);
        assert!(!found.hits.is_empty(), "{query:?} finds something");
        assert!(
            found.marks.words_met() > 0,
            "{query:?}: the search met words"
        );
        assert_eq!(found.marks.query(), query);
        let alone = stackguide::catalog::search::Marks::for_query(query);
        for hit in &found.hits {
            let tech = &catalog.technologies[hit.index];
            for (text, field) in [(tech.name, Field::Name), (tech.summary, Field::Other)] {
                assert_eq!(
                    found.marks.runs(text, field),
                    alone.runs(text, field),
                    "{query:?} on {}",
                    tech.id
                );
            }
        }
    }
    // A hit's name lights up from the words the search met.
    let found = index.find("postgres");
    let first = &catalog.technologies[found.hits[0].index];
    assert_eq!(
        found.marks.runs(first.name, Field::Name)[0],
        ("PostgreS".to_string(), true)
    );
    // No search marks nothing.
    assert!(index.find("").marks.is_empty());
    assert!(explore(catalog, &index, &ExploreQuery::default())
        .marks
        .is_empty());
}
