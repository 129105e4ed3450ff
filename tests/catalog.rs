//! The built-in catalog: coverage of the seed articles and the shape of the generated data.

use stackguide::catalog::{Catalog, License};
use std::collections::HashSet;
use std::path::Path;

/// Every technology the seed articles name, as the seed spells it, and the item that covers it.
const SEED_NAMES: &[(&str, &str)] = &[
    ("PostgreSQL", "postgresql"),
    ("MySQL", "mysql"),
    ("SQL Server", "sql-server"),
    ("RDS", "amazon-rds"),
    ("Azure SQL Database", "azure-sql-database"),
    ("SQLite", "sqlite"),
    ("MongoDB", "mongodb"),
    ("Cassandra", "cassandra"),
    ("DynamoDB", "dynamodb"),
    ("Neon", "neon"),
    ("PlanetScale", "planetscale"),
    ("Supabase", "supabase"),
    ("Firebase", "firebase"),
    ("Git", "git"),
    ("Mercurial", "mercurial"),
    ("GitHub", "github"),
    ("GitLab", "gitlab"),
    ("Bitbucket", "bitbucket"),
    ("Docker", "docker"),
    ("Kubernetes", "kubernetes"),
    ("Amazon Web Services", "aws"),
    ("Google Cloud Platform", "gcp"),
    ("Microsoft Azure", "azure"),
    ("EC2", "amazon-ec2"),
    ("Azure Virtual Machines", "azure-virtual-machines"),
    ("AWS Lambda", "aws-lambda"),
    ("Azure Functions", "azure-functions"),
    ("Google Cloud Run", "google-cloud-run"),
    ("S3", "amazon-s3"),
    ("BigQuery", "bigquery"),
    ("REST", "rest"),
    ("GraphQL", "graphql"),
    ("gRPC", "grpc"),
    ("Swagger/OpenAPI", "openapi"),
    ("Protocol Buffers", "protocol-buffers"),
    ("Redis", "redis"),
    ("Memcached", "memcached"),
    ("RabbitMQ", "rabbitmq"),
    ("Kafka", "kafka"),
    ("OAuth", "oauth"),
    ("OpenID Connect", "openid-connect"),
    ("JWT", "jwt"),
    ("Auth0", "auth0"),
    ("Okta", "okta"),
    ("GitHub Actions", "github-actions"),
    ("GitLab CI/CD", "gitlab-ci"),
    ("Azure DevOps", "azure-devops"),
    ("CircleCI", "circleci"),
    ("Jenkins", "jenkins"),
    ("Prometheus", "prometheus"),
    ("Grafana", "grafana"),
    ("Loki", "loki"),
    ("ELK Stack", "elk-stack"),
    ("Jaeger", "jaeger"),
    ("OpenTelemetry", "opentelemetry"),
    ("Sentry", "sentry"),
    ("CloudWatch", "cloudwatch"),
    ("Google Cloud Monitoring", "google-cloud-monitoring"),
    ("Terraform", "terraform"),
    ("Ansible", "ansible"),
    ("JavaScript", "javascript"),
    ("TypeScript", "typescript"),
    ("Python", "python"),
    ("Java", "java"),
    ("C#", "csharp"),
    ("Go", "go"),
    ("PHP", "php"),
    ("Ruby", "ruby"),
    ("Rust", "rust"),
    ("SQL", "sql"),
    ("Lua", "lua"),
    ("Node.js", "nodejs"),
    ("Bun", "bun"),
    ("Deno", "deno"),
    ("Express", "express"),
    ("NestJS", "nestjs"),
    ("Fastify", "fastify"),
    ("Next.js", "nextjs"),
    ("Django", "django"),
    ("FastAPI", "fastapi"),
    ("Flask", "flask"),
    ("Spring Boot", "spring-boot"),
    (".NET", "dotnet"),
    ("Laravel", "laravel"),
    ("Symfony", "symfony"),
    ("WordPress", "wordpress"),
    ("Ruby on Rails", "ruby-on-rails"),
    ("VS Code", "vscode"),
    ("JetBrains IDEs", "jetbrains-ides"),
    ("Visual Studio", "visual-studio"),
    ("Postman", "postman"),
    ("Insomnia", "insomnia"),
    ("Prisma", "prisma"),
    ("Drizzle", "drizzle"),
    ("Jira", "jira"),
    ("Trello", "trello"),
];

fn seeds_text() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let mut text = String::new();
    for entry in std::fs::read_dir(dir).ok()? {
        text += &std::fs::read_to_string(entry.ok()?.path()).ok()?;
    }
    Some(text)
}

#[test]
fn every_technology_the_seeds_name_has_an_item() {
    let catalog = Catalog::builtin();
    let seeds = seeds_text();
    for (name, id) in SEED_NAMES {
        assert!(
            catalog.technology(id).is_some(),
            "{name} ({id}) has no catalog item"
        );
        if let Some(seeds) = &seeds {
            assert!(
                seeds.contains(name),
                "the seeds do not name {name:?}: fix the table"
            );
        }
    }
    // The seeds are the minimum, not the maximum: what good advice needs is added beside them.
    let covered: HashSet<&str> = SEED_NAMES.iter().map(|(_, id)| *id).collect();
    let beyond = catalog
        .technologies
        .iter()
        .filter(|t| !covered.contains(t.id))
        .count();
    assert!(beyond >= 50, "only {beyond} items beyond the seeds");
}

#[test]
fn every_card_says_where_its_facts_come_from() {
    let catalog = Catalog::builtin();
    assert!(catalog.technologies.len() >= 150);
    for tech in catalog.technologies {
        assert!(!tech.steward.is_empty(), "{}", tech.id);
        assert!(!tech.spdx.is_empty(), "{}", tech.id);
        // Natively only: the wasm reads them from the details file (tests/details.rs).
        #[cfg(not(target_arch = "wasm32"))]
        assert!(
            (1..=3).contains(&tech.references.len()),
            "{}: {} references",
            tech.id,
            tech.references.len()
        );
        #[cfg(not(target_arch = "wasm32"))]
        for r in tech.references {
            assert!(
                r.url.starts_with("https://") && !r.title.is_empty(),
                "{}",
                tech.id
            );
        }
        assert!(
            tech.reviewed.len() == 7 && tech.reviewed.starts_with("20"),
            "{}",
            tech.id
        );
    }
}

#[test]
fn every_category_has_items_and_every_item_a_known_category() {
    let catalog = Catalog::builtin();
    for (category, count) in catalog.counts_by_category() {
        assert!(count > 0, "category {} is empty", category.id);
    }
    for tech in catalog.technologies {
        let category = catalog.category(tech.category).expect("known category");
        assert!(
            category.subcategory(tech.subcategory).is_some(),
            "{}",
            tech.id
        );
    }
    let total: usize = catalog.counts_by_category().iter().map(|(_, n)| n).sum();
    assert_eq!(total, catalog.technologies.len());
}

#[test]
fn items_are_ordered_by_category() {
    let catalog = Catalog::builtin();
    let order: Vec<&str> = catalog.categories.iter().map(|c| c.id).collect();
    let positions: Vec<usize> = catalog
        .technologies
        .iter()
        .map(|t| order.iter().position(|c| *c == t.category).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn related_items_resolve_and_tags_have_labels() {
    let catalog = Catalog::builtin();
    for tech in catalog.technologies {
        assert_eq!(
            catalog.related(tech).len(),
            tech.related.len(),
            "{}",
            tech.id
        );
        for tag in tech.tags {
            assert!(catalog.tag(tag).is_some(), "{}: tag {tag}", tech.id);
        }
        assert!(tech.website.starts_with("https://"), "{}", tech.id);
    }
}

#[test]
fn catalog_facts_match_well_known_ones() {
    let catalog = Catalog::builtin();
    let license = |id| catalog.technology(id).unwrap().license;
    assert_eq!(license("postgresql"), License::OpenSource);
    assert_eq!(license("dynamodb"), License::Proprietary);
    assert_eq!(license("mongodb"), License::SourceAvailable);
    assert_eq!(license("rest"), License::Standard);
    let aliases = |id| catalog.technology(id).unwrap().aliases;
    assert!(aliases("kubernetes").contains(&"k8s"));
    assert!(aliases("postgresql").contains(&"Postgres"));
    assert!(aliases("gcp").contains(&"GCP"));
}

#[test]
fn a_card_tag_line_names_the_first_six_tags_by_label() {
    let catalog = Catalog::builtin();
    for tech in catalog.technologies {
        let line = catalog.tag_line(tech);
        let labels: Vec<&str> = line.split(" · ").collect();
        let want: Vec<&str> = tech
            .tags
            .iter()
            .take(Catalog::CARD_TAGS)
            .map(|t| catalog.tag_label(t))
            .collect();
        assert_eq!(labels, want, "{}", tech.id);
    }
    let many = catalog
        .technologies
        .iter()
        .find(|t| t.tags.len() > Catalog::CARD_TAGS);
    if let Some(tech) = many {
        assert_eq!(
            catalog.tag_line(tech).matches(" · ").count(),
            Catalog::CARD_TAGS - 1
        );
    }
}

#[test]
fn facet_keys_point_at_the_items_own_options() {
    let catalog = Catalog::builtin();
    let options: Vec<String> = catalog
        .categories
        .iter()
        .flat_map(|c| {
            std::iter::once(c.id.to_string()).chain(
                c.subcategories
                    .iter()
                    .map(move |s| format!("{}/{}", c.id, s.id)),
            )
        })
        .collect();
    for tech in catalog.technologies {
        let keys = tech.facet_keys;
        assert_eq!(
            options[keys.category as usize], tech.category,
            "{}",
            tech.id
        );
        assert_eq!(
            options[keys.subcategory as usize],
            format!("{}/{}", tech.category, tech.subcategory),
            "{}",
            tech.id
        );
        let tags: Vec<&str> = keys
            .tags
            .iter()
            .map(|&t| catalog.tags[t as usize].id)
            .collect();
        assert_eq!(tags, tech.tags, "{}", tech.id);
    }
}

#[test]
fn a_synthetic_catalog_keeps_category_order() {
    let base = Catalog::builtin();
    let big = stackguide::catalog::synthetic(base, 300);
    assert_eq!(big.technologies.len(), 300);
    let position = |id: &str| base.categories.iter().position(|c| c.id == id).unwrap();
    let order: Vec<usize> = big
        .technologies
        .iter()
        .map(|t| position(t.category))
        .collect();
    assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
    let ids: std::collections::HashSet<&str> = big.technologies.iter().map(|t| t.id).collect();
    assert_eq!(ids.len(), 300, "ids stay unique");
}

#[test]
fn an_items_guides_are_its_own_then_its_categorys_each_once() {
    let catalog = Catalog::builtin();
    for tech in catalog.technologies {
        let ids = catalog.guide_ids(tech);
        let category = catalog.category(tech.category).unwrap();
        let unique: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(unique.len(), ids.len(), "{}: no guide twice", tech.id);
        assert_eq!(
            &ids[..tech.guides.len().min(ids.len())],
            &tech.guides[..tech.guides.len().min(ids.len())],
            "{}: its own first",
            tech.id
        );
        assert!(
            category.guides.iter().all(|g| ids.contains(g)),
            "{}",
            tech.id
        );
    }
}

#[test]
fn a_guide_is_cited_by_the_categories_that_list_it() {
    let catalog = Catalog::builtin();
    let mut cited_somewhere = 0;
    for guide in stackguide::guides::GuideSeries::builtin().guides {
        let citing = catalog.categories_citing(guide.id);
        for c in catalog.categories {
            assert_eq!(
                citing.iter().any(|x| x.id == c.id),
                c.guides.contains(&guide.id),
                "{} / {}",
                guide.id,
                c.id
            );
        }
        cited_somewhere += usize::from(!citing.is_empty());
    }
    assert!(cited_somewhere >= 3, "the guides view has context to show");
    assert!(catalog.categories_citing("no-such-guide").is_empty());
}
