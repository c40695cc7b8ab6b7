//! A dispute report for people: one self-contained HTML file (feature `html`).
//!
//! [`ClaimGraph::to_html`] (or [`Options::write`], to set a title or the semantics) writes
//! one page that opens in any browser without network access: no scripts, no fonts, no
//! images to fetch, the styles inline. It holds
//!
//! - a summary (who said how much, over which dates) and a legend;
//! - **the dispute as a graph** in inline SVG: each claim and rebuttal a box, an arrow from
//!   each answer to what it answers, supports dashed; each box links to its statement below.
//!   The layout is computed by [`layout-rs`](https://crates.io/crates/layout-rs), a pure-Rust
//!   Sugiyama-style layered layout (as Graphviz's `dot` does it); the drawing is ours, so that
//!   boxes carry links, status classes and text that screen readers read;
//! - **the threads**: every claim with the rebuttals that answer it, nested, each with its
//!   speaker, date, text, sources and status, linked to one another;
//! - **the timeline**: every dated statement and event in order;
//! - the actors and the sources.
//!
//! Each statement's status comes from [`ClaimGraph::dispute`] under grounded semantics (by
//! default) in the structured reading of [`verdict`](crate::verdict): *stands*, *defeated*,
//! *contested* or *not judged*, with the reasons the explanation gives.
//! Statuses are told by a word and a symbol (✓ ✗ ?) and a border style as well as by colour,
//! and the colours are the Okabe–Ito palette (blue, vermillion, orange), which readers with
//! any common colour-vision deficiency tell apart. The page reads at a laptop's width and
//! prints (a print style sheet drops the navigation, keeps cards whole and prints link
//! addresses).
//!
//! Graphs of more than [`MAX_DRAWN`] statements are not drawn (a layered layout of thousands
//! of boxes is not readable, and costs more than quadratic time); the threads and timeline
//! are always complete.
//!
//! ```
//! use claimgraph::{Actor, ActorKind, Allegation, Claim, ClaimGraph, Rebuttal, RebuttalKind, SpeechAct};
//! let mut g = ClaimGraph::new();
//! let fi = g.add_actor(Actor::new("Finnish government", ActorKind::Government))?;
//! let ru = g.add_actor(Actor::new("Russia", ActorKind::State))?;
//! let c = g.add_claim(Claim::new(fi, SpeechAct::Accusation, Allegation::new("steering migrants"))
//!     .with_about(ru).with_stated("2023-11".parse().unwrap()))?;
//! g.add_rebuttal(Rebuttal::new(ru, RebuttalKind::Dismissal, c).with_text("far-fetched"))?;
//! let page = g.to_html();
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("<svg") && page.contains("href=\"#C0\""));
//! assert!(!page.contains("http://") && !page.contains("<script"));
//! # Ok::<(), claimgraph::Error>(())
//! ```

use crate::argumentation::Semantics;
use crate::{
    ActorId, ClaimGraph, EntityId, PartialDate, RebuttalKind, SourceId, SpeechAct, StatementId,
};
use layout::core::base::Orientation;
use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

/// The most statements drawn as a graph; larger disputes get their threads and timeline only.
///
/// ```
/// assert!(claimgraph::io::html::MAX_DRAWN >= 100);
/// ```
pub const MAX_DRAWN: usize = 150;

/// What the report shows: its title and the semantics that decides what stands.
///
/// ```
/// use claimgraph::ClaimGraph;
/// use claimgraph::argumentation::Semantics;
/// use claimgraph::io::html::Options;
/// let page = Options::new().with_title("Border dispute").with_semantics(Semantics::Preferred)
///     .write(&ClaimGraph::new());
/// assert!(page.contains("<title>Border dispute</title>"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    title: String,
    semantics: Semantics,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            title: "Dispute report".to_owned(),
            semantics: Semantics::Grounded,
        }
    }
}

impl Options {
    /// The title "Dispute report" and grounded semantics.
    ///
    /// ```
    /// use claimgraph::io::html::Options;
    /// assert_eq!(Options::new(), Options::default());
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// Sets the page's title.
    ///
    /// ```
    /// use claimgraph::io::html::Options;
    /// let o = Options::new().with_title("Finland and Russia, 2023");
    /// assert_ne!(o, Options::new());
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    /// Sets the semantics that decides which statements stand (grounded by default: the
    /// most cautious, one answer per statement).
    ///
    /// ```
    /// use claimgraph::argumentation::Semantics;
    /// use claimgraph::io::html::Options;
    /// let o = Options::new().with_semantics(Semantics::Preferred);
    /// assert_ne!(o, Options::new());
    /// ```
    #[must_use]
    pub fn with_semantics(mut self, semantics: Semantics) -> Self {
        self.semantics = semantics;
        self
    }

    /// The report of `g` as one HTML page.
    ///
    /// # Complexity
    /// Linear in the graph for the text, plus the layout of the drawing (at most
    /// [`MAX_DRAWN`] statements) and the labelling of the semantics.
    ///
    /// ```
    /// use claimgraph::{Actor, ActorKind, ClaimGraph};
    /// use claimgraph::io::html::Options;
    /// let mut g = ClaimGraph::new();
    /// g.add_actor(Actor::new("NATO", ActorKind::Alliance))?;
    /// assert!(Options::new().write(&g).contains("id=\"A0\""));
    /// # Ok::<(), claimgraph::Error>(())
    /// ```
    pub fn write(&self, g: &ClaimGraph) -> String {
        let verdicts = verdicts(g, self.semantics);
        let page = Page {
            g,
            verdicts,
            semantics: self.semantics,
        };
        page.render(&self.title)
    }
}

impl ClaimGraph {
    /// The dispute report as one self-contained HTML page, under grounded semantics; see
    /// [`io::html`](crate::io::html).
    ///
    /// ```
    /// use claimgraph::ClaimGraph;
    /// let page = ClaimGraph::new().to_html();
    /// assert!(page.contains("<title>Dispute report</title>"));
    /// ```
    pub fn to_html(&self) -> String {
        Options::new().write(self)
    }
}

// ---- verdicts: the one place that words a status ---------------------------------------------

/// How a statement fares: a CSS class, a symbol, a word, and the reason in words.
#[derive(Clone, Debug)]
struct Verdict {
    class: &'static str,
    symbol: &'static str,
    word: &'static str,
    reason: String,
}

/// Every statement's verdict under `semantics`, in the structured reading of
/// [`verdict`](crate::verdict): the one function that words them.
fn verdicts(g: &ClaimGraph, semantics: Semantics) -> BTreeMap<StatementId, Verdict> {
    use crate::verdict::{Reading, Verdict as V};
    let v = g.verdicts(&Reading::new());
    let mut out = BTreeMap::new();
    for (s, verdict) in v.all(semantics) {
        let (class, symbol, word) = match verdict {
            V::Stands => ("in", "✓", "stands"),
            V::Defeated => ("out", "✗", "defeated"),
            V::Contested => ("undec", "?", "contested"),
            V::NotJudged => ("nj", "–", "not judged"),
        };
        let text = v.explain(s).map(|e| e.to_string()).unwrap_or_default();
        let reason = text
            .split_once(": ")
            .map_or(text.as_str(), |(_, r)| r)
            .to_owned();
        out.insert(
            s,
            Verdict {
                class,
                symbol,
                word,
                reason,
            },
        );
    }
    out
}

// ---- the page ------------------------------------------------------------------------------

struct Page<'g> {
    g: &'g ClaimGraph,
    verdicts: BTreeMap<StatementId, Verdict>,
    semantics: Semantics,
}

/// Escapes text for HTML and SVG, attributes included.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Replaces statement and entity ids in a text (`C0`, `R3`) by links to them.
fn link_ids(text: &str, known: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            if known(word) {
                let _ = write!(out, "<a href=\"#{0}\">{0}</a>", esc(word));
            } else {
                out.push_str(&esc(word));
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push_str(&esc(&c.to_string()));
        }
    }
    flush(&mut word, &mut out);
    out
}

const STYLE: &str = r#"
:root { --in: #0072B2; --in-bg: #e7f1f8; --out: #B34700; --out-bg: #fbece3;
  --undec: #8a5a00; --undec-bg: #fdf3de; --ink: #1b1b1b; --muted: #555; --rule: #d8d8d8;
  --support: #00795a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: var(--ink); background: #fff; }
header.top, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header.top { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; line-height: 1.2; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--rule); padding-bottom: .25rem; }
.lede { font-size: 1.05rem; color: var(--muted); margin: .25rem 0 1rem; }
nav ul { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
a { color: #0b57a4; }
a:focus-visible { outline: 3px solid #E69F00; outline-offset: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: 0; list-style: none; margin: .5rem 0; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; padding: .05rem .5rem; border-radius: 1rem;
  border: 2px solid; white-space: nowrap; }
.badge.in { color: var(--in); background: var(--in-bg); border-style: solid; }
.badge.out { color: var(--out); background: var(--out-bg); border-style: dashed; }
.badge.undec { color: var(--undec); background: var(--undec-bg); border-style: dotted; }
.badge.nj { color: var(--muted); background: #f2f2f2; border-style: dashed; }
.graph { overflow-x: auto; border: 1px solid var(--rule); border-radius: .5rem; padding: .5rem; background: #fcfcfc; }
.graph svg { display: block; margin: 0 auto; max-width: none; height: auto; }
.graph text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; fill: var(--ink); }
.graph text.id { font-weight: 700; }
.graph text.quote { font-style: italic; }
figure { margin: 0; }
.graph rect.in { fill: var(--in-bg); stroke: var(--in); stroke-width: 2.5; }
.graph rect.out { fill: var(--out-bg); stroke: var(--out); stroke-width: 2.5; stroke-dasharray: 7 4; }
.graph rect.undec { fill: var(--undec-bg); stroke: var(--undec); stroke-width: 2.5; stroke-dasharray: 2 3; }
.graph rect.nj { fill: #f2f2f2; stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 3; }
.graph rect.claim { rx: 4; }
.graph rect.rebuttal { rx: 14; }
.graph path.attack { fill: none; stroke: #444; stroke-width: 1.6; }
.graph path.support { fill: none; stroke: var(--support); stroke-width: 1.6; stroke-dasharray: 6 4; }
.graph a:hover rect, .graph a:focus rect { stroke-width: 4; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .5rem; }
article.statement { border-left: 6px solid var(--rule); padding: .5rem 0 .5rem 1rem; margin: 1.25rem 0;
  break-inside: avoid; }
article.statement.in { border-left-color: var(--in); }
article.statement.out { border-left-color: var(--out); border-left-style: dashed; }
article.statement.undec { border-left-color: var(--undec); border-left-style: dotted; }
article.statement.nj { border-left-color: var(--muted); border-left-style: dashed; }
.who { font-weight: 600; }
.meta { color: var(--muted); font-size: .9rem; }
blockquote { margin: .35rem 0; font-size: 1.05rem; }
.why { font-size: .9rem; color: var(--muted); margin: .25rem 0; }
.sources { font-size: .9rem; margin: .25rem 0; }
ol.answers { list-style: none; padding: 0; margin: .5rem 0 0; }
ol.answers > li { margin: .6rem 0; padding: .4rem .75rem; border-left: 4px solid var(--rule); background: #fafafa;
  break-inside: avoid; }
ol.answers > li.in { border-left-color: var(--in); }
ol.answers > li.out { border-left-color: var(--out); border-left-style: dashed; }
ol.answers > li.undec { border-left-color: var(--undec); border-left-style: dotted; }
ol.answers > li.nj { border-left-color: var(--muted); border-left-style: dashed; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); }
th { background: #f3f3f3; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.cols { columns: 2 22rem; column-gap: 2rem; }
.cols li { break-inside: avoid; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; margin-top: 2rem; }
@media print {
  nav, .skip { display: none; }
  body { font-size: 11pt; }
  .graph { overflow: visible; border: none; }
  .graph svg { max-width: 100%; }
  h2 { break-after: avoid; }
  a { color: inherit; }
  .sources a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; word-break: break-all; }
}
"#;

impl Page<'_> {
    fn verdict(&self, s: StatementId) -> Option<&Verdict> {
        self.verdicts.get(&s)
    }

    fn badge(&self, s: StatementId) -> String {
        match self.verdict(s) {
            Some(v) => format!(
                "<span class=\"badge {}\">{} {}</span>",
                v.class, v.symbol, v.word
            ),
            None => String::new(),
        }
    }

    fn class(&self, s: StatementId) -> &'static str {
        self.verdict(s).map_or("", |v| v.class)
    }

    fn actor_name(&self, a: ActorId) -> String {
        self.g
            .actor(a)
            .map_or_else(|| a.to_string(), |x| x.name().to_owned())
    }

    fn actor_link(&self, a: ActorId) -> String {
        format!(
            "<a class=\"who\" href=\"#{a}\">{}</a>",
            esc(&self.actor_name(a))
        )
    }

    fn known(&self, word: &str) -> bool {
        let statement = word
            .parse::<StatementId>()
            .ok()
            .filter(|_| word.starts_with(['C', 'R']));
        statement.is_some_and(|s| self.g.statement(s).is_some())
    }

    fn sources(&self, sources: &[SourceId]) -> String {
        if sources.is_empty() {
            return String::new();
        }
        let items: Vec<String> = sources
            .iter()
            .filter_map(|&s| self.g.source(s).map(|src| (s, src)))
            .map(|(s, src)| {
                let mut t = format!("<a href=\"#{s}\">{}</a>", esc(src.title()));
                if let Some(u) = src.url() {
                    let _ = write!(t, " · <a href=\"{}\">link</a>", esc(u));
                }
                if let Some(d) = src.date() {
                    let _ = write!(t, " ({})", esc(&human_date(d)));
                }
                t
            })
            .collect();
        format!("<p class=\"sources\">Sources: {}</p>", items.join("; "))
    }

    fn render(&self, title: &str) -> String {
        let g = self.g;
        let mut h = String::new();
        let _ = write!(
            h,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            esc(title)
        );
        let _ = write!(
            h,
            "<header class=\"top\">\n<h1>{}</h1>\n<p class=\"lede\">{}</p>\n<nav aria-label=\"Contents\"><ul>\
             <li><a href=\"#graph\">The dispute at a glance</a></li><li><a href=\"#threads\">Claims and answers</a></li>\
             <li><a href=\"#timeline\">Timeline</a></li><li><a href=\"#actors\">Who</a></li>\
             <li><a href=\"#sources\">Sources</a></li></ul></nav>\n</header>\n<main>\n",
            esc(title),
            self.lede()
        );
        h.push_str(&self.legend());
        h.push_str(&self.graph_section());
        h.push_str(&self.threads());
        h.push_str(&self.timeline());
        h.push_str(&self.actors());
        h.push_str(&self.sources_section());
        let _ = write!(
            h,
            "</main>\n<footer><p>Written by claimgraph. Verdicts weigh what each statement rests \
             on (the events it cites, graded sources, supporting statements): an answer defeats \
             a statement only when it is not weaker, so a bare denial does not defeat an \
             accusation that rests on evidence. A statement <em>stands</em> when the {} \
             semantics accepts it, is <em>defeated</em> when an answer that stands defeats it, \
             and is <em>contested</em> when the exchange leaves it open (two bare statements \
             against each other). Demands, threats, warnings, predictions and dismissals are not \
             judged. This is about the exchange and its evidence, not a finding of fact.\
             </p></footer>\n</body>\n</html>\n",
            self.semantics.to_string().to_lowercase()
        );
        let _ = g;
        h
    }

    fn lede(&self) -> String {
        let g = self.g;
        let mut dates: Vec<PartialDate> = g.claims().filter_map(|(_, c)| c.stated()).collect();
        dates.extend(g.rebuttals().filter_map(|(_, r)| r.stated()));
        dates.sort();
        let span = match (dates.first(), dates.last()) {
            (Some(a), Some(b)) if a == b => format!(", on {}", human_date(*a)),
            (Some(a), Some(b)) => format!(", from {} to {}", human_date(*a), human_date(*b)),
            _ => String::new(),
        };
        let standing = self.verdicts.values().filter(|v| v.class == "in").count();
        format!(
            "{} claims and {} answers by {} actors{span}. {} of {} statements stand.",
            g.claim_count(),
            g.rebuttal_count(),
            g.actor_count(),
            standing,
            self.verdicts.len()
        )
    }

    fn legend(&self) -> String {
        format!(
            "<ul class=\"legend\" aria-label=\"Legend\"><li><span class=\"badge in\">✓ stands</span> \
             nothing that stands defeats it</li><li><span class=\"badge out\">✗ defeated</span> \
             an answer that stands defeats it</li><li><span class=\"badge undec\">? contested</span> \
             the exchange leaves it open</li><li><span class=\"badge nj\">– not judged</span> \
             a demand, threat, warning or prediction, or a dismissal</li></ul>\n<p class=\"meta\">Statuses under {} semantics.</p>\n",
            esc(&self.semantics.to_string().to_lowercase())
        )
    }

    /// The first lines of a statement's box: id and speaker, what and when, the verdict.
    fn label(&self, s: StatementId) -> Vec<String> {
        let Some(st) = self.g.statement(s) else {
            return vec![s.to_string()];
        };
        let (what, when) = match s {
            StatementId::Claim(c) => {
                let claim = self.g.claim(c);
                (
                    claim.map_or("claim".to_owned(), |c| act_noun(c.act()).to_owned()),
                    claim.and_then(crate::Claim::stated),
                )
            }
            StatementId::Rebuttal(r) => {
                let reb = self.g.rebuttal(r);
                (
                    reb.map_or("rebuttal".to_owned(), |r| kind_noun(r.kind()).to_owned()),
                    reb.and_then(crate::Rebuttal::stated),
                )
            }
        };
        let who = short(&self.actor_name(st.author()), 26);
        let mut second = what;
        if let Some(d) = when {
            let _ = write!(second, " · {}", human_date(d));
        }
        let third = self
            .verdict(s)
            .map_or(String::new(), |v| format!("{} {}", v.symbol, v.word));
        let said = st.text();
        let quote = if said.is_empty() {
            String::new()
        } else {
            format!("“{}”", short(said, 34))
        };
        vec![format!("{s} · {who}"), second, quote, third]
    }

    fn graph_section(&self) -> String {
        let mut h = String::from(
            "<section id=\"graph\" aria-labelledby=\"graph-h\">\n<h2 id=\"graph-h\">The dispute at a glance</h2>\n",
        );
        // Only statements in an exchange are drawn: a row of lone claims would make the
        // picture wide and say nothing; the threads list them.
        let mut linked: BTreeSet<StatementId> = BTreeSet::new();
        for (r, reb) in self.g.rebuttals() {
            linked.insert(r.into());
            linked.extend(reb.statements());
        }
        for (_, p) in self.g.supports() {
            linked.insert(p.premise());
            linked.insert(p.conclusion());
        }
        let statements: Vec<StatementId> = self
            .verdicts
            .keys()
            .copied()
            .filter(|s| linked.contains(s))
            .collect();
        let lone: Vec<String> = self
            .g
            .claims()
            .map(|(c, _)| StatementId::from(c))
            .filter(|s| !linked.contains(s))
            .map(|s| format!("<a href=\"#{s}\">{s}</a>"))
            .collect();
        let lone = if lone.is_empty() {
            String::new()
        } else {
            format!(
                " Claims that drew no answer and support none are not drawn: {}.",
                lone.join(", ")
            )
        };
        if statements.is_empty() {
            let _ = write!(
                h,
                "<p>No statement answers another.{lone}</p>\n</section>\n"
            );
            return h;
        }
        if statements.len() > MAX_DRAWN {
            let _ = write!(
                h,
                "<p>{} statements are too many to draw legibly (the limit is {MAX_DRAWN}); the \
                 threads below hold them all.</p>\n</section>\n",
                statements.len()
            );
            return h;
        }
        match self.svg(&statements) {
            Some(svg) => {
                let _ = write!(
                    h,
                    "<figure>\n<div class=\"graph\">{svg}</div>\n<figcaption>Each box is a statement \
                     (square corners: a claim; round: an answer to one). An arrow runs from an answer \
                     to what it answers; a dashed green arrow from a statement to one it supports. \
                     Select a box to read the statement.{lone}</figcaption>\n</figure>\n</section>\n"
                );
            }
            None => h.push_str("<p>The graph could not be laid out; the threads below hold every statement.</p>\n</section>\n"),
        }
        h
    }

    /// The graph drawn: layout-rs places boxes and routes edges, `Canvas` draws them.
    fn svg(&self, statements: &[StatementId]) -> Option<String> {
        let mut vg = VisualGraph::new(Orientation::TopToBottom);
        let mut handles = BTreeMap::new();
        let mut labels = BTreeMap::new();
        for &s in statements {
            let lines = self.label(s);
            let width = px(lines.iter().map(|l| l.chars().count()).max().unwrap_or(4)) * 7.4 + 24.0;
            let size = Point::new(width.max(90.0), 80.0);
            let mut look = StyleAttr::simple();
            look.font_size = 13;
            let shape = ShapeKind::new_box(&lines.join("\n"));
            let e = Element::create_with_properties(
                shape,
                look,
                Orientation::LeftToRight,
                size,
                s.to_string(),
            );
            handles.insert(s, vg.add_node(e));
            labels.insert(s.to_string(), lines);
        }
        // Edges from what is answered to its answer, so claims sit above their answers; the
        // arrowhead is drawn at the answered end.
        let mut edges = 0;
        for (r, reb) in self.g.rebuttals() {
            for a in reb.statements() {
                if let (Some(&from), Some(&to)) =
                    (handles.get(&a), handles.get(&StatementId::from(r)))
                {
                    vg.add_edge(Arrow::simple_with_properties("", "attack"), from, to);
                    edges += 1;
                }
            }
        }
        for (_, p) in self.g.supports() {
            if let (Some(&from), Some(&to)) =
                (handles.get(&p.conclusion()), handles.get(&p.premise()))
            {
                vg.add_edge(Arrow::simple_with_properties("", "support"), from, to);
                edges += 1;
            }
        }
        let _ = edges;
        let mut canvas = Canvas::default();
        let laid_out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            vg.do_it(false, false, false, &mut canvas);
        }));
        laid_out.ok()?;
        Some(canvas.finish(&labels))
    }

    fn threads(&self) -> String {
        let g = self.g;
        let mut h = String::from(
            "<section id=\"threads\" aria-labelledby=\"threads-h\">\n<h2 id=\"threads-h\">Claims and the answers they drew</h2>\n",
        );
        let mut shown: BTreeSet<StatementId> = BTreeSet::new();
        for (c, claim) in g.claims() {
            let s = StatementId::from(c);
            let about: Vec<String> = claim.about().iter().map(|&a| self.actor_link(a)).collect();
            let mut line = format!(
                "{} {}",
                self.actor_link(claim.claimant()),
                act_verb(claim.act())
            );
            if !about.is_empty() {
                let _ = write!(line, " {}", about.join(", "));
            }
            let when = claim.stated().map_or(String::new(), |d| {
                format!(" · <time>{}</time>", esc(&human_date(d)))
            });
            let _ = write!(
                h,
                "<article id=\"{s}\" class=\"statement {}\">\n<p>{} <span class=\"meta\">{s}</span> {line}{when}</p>\n\
                 <blockquote>{}</blockquote>\n",
                self.class(s),
                self.badge(s),
                esc(claim.allegation().text())
            );
            if let Some(m) = claim.motive() {
                let _ = writeln!(h, "<p class=\"meta\">Motive alleged: {}</p>", esc(m.text()));
            }
            if let Some(v) = self.verdict(s) {
                let _ = writeln!(
                    h,
                    "<p class=\"why\">Why: {}</p>",
                    link_ids(&v.reason, &|w| self.known(w))
                );
            }
            h.push_str(&self.sources(claim.sources()));
            h.push_str(&self.answers(s, &mut shown));
            h.push_str("</article>\n");
        }
        // Rebuttals no claim's thread reaches: answers to evidence only (a source, an event,
        // a support), or rings of rebuttals. Each gets its own entry.
        for (r, reb) in g.rebuttals() {
            let s = StatementId::from(r);
            if !shown.insert(s) {
                continue;
            }
            let answered: Vec<String> = reb
                .answers()
                .iter()
                .map(|&a| format!("<a href=\"#{}\">{a}</a>", self.anchor_of(a)))
                .collect();
            let _ = write!(
                h,
                "<article id=\"{s}\" class=\"statement {}\">\n<p>{} <span class=\"meta\">{s}</span> {} {} {}</p>\n\
                 <blockquote>{}</blockquote>\n",
                self.class(s),
                self.badge(s),
                self.actor_link(reb.by()),
                kind_verb(reb.kind()),
                answered.join(", "),
                esc(reb.text())
            );
            h.push_str(&self.answers(s, &mut shown));
            h.push_str("</article>\n");
        }
        h.push_str("</section>\n");
        h
    }

    /// Where a link to what a rebuttal answers lands: the entry of the statement, event or
    /// source; for an alternative, its claim; for a support (which has no entry of its own),
    /// the statement it supports.
    fn anchor_of(&self, t: crate::Target) -> String {
        match t {
            crate::Target::Support(p) => self
                .g
                .support(p)
                .map_or_else(|| t.entity().to_string(), |s| s.conclusion().to_string()),
            other => other.entity().to_string(),
        }
    }

    /// The answers to a claim, depth first (an explicit stack), each rebuttal written once in
    /// the page: where it shows up again, a link to it.
    fn answers(&self, claim: StatementId, shown: &mut BTreeSet<StatementId>) -> String {
        let g = self.g;
        let mut items = Vec::new();
        let mut stack: Vec<(StatementId, usize)> = Vec::new();
        let mut first: Vec<_> = g.rebuttals_of(claim).map(|(r, _)| r).collect();
        first.reverse();
        stack.extend(first.into_iter().map(|r| (StatementId::from(r), 0)));
        let mut seen_here = BTreeSet::new();
        while let Some((s, depth)) = stack.pop() {
            if !seen_here.insert(s) {
                continue;
            }
            let Some(r) = s.as_rebuttal() else { continue };
            let Some(reb) = g.rebuttal(r) else { continue };
            let indent = px(depth.min(6)) * 1.5;
            if !shown.insert(s) {
                items.push(format!(
                    "<li style=\"margin-left:{indent}em\" class=\"{}\"><a href=\"#{s}\">{s}</a> by {} (shown above)</li>",
                    self.class(s),
                    self.actor_link(reb.by())
                ));
                continue;
            }
            let answered: Vec<String> = reb
                .answers()
                .iter()
                // An alternative links to its claim; evidence to its own entry.
                .map(|&a| format!("<a href=\"#{}\">{a}</a>", self.anchor_of(a)))
                .collect();
            let when = reb.stated().map_or(String::new(), |d| {
                format!(" · <time>{}</time>", esc(&human_date(d)))
            });
            let text = if reb.text().is_empty() {
                "<span class=\"meta\">(no words recorded)</span>".to_owned()
            } else {
                format!("“{}”", esc(reb.text()))
            };
            let why = self.verdict(s).map_or(String::new(), |v| {
                format!(
                    "<p class=\"why\">Why: {}</p>",
                    link_ids(&v.reason, &|w| self.known(w))
                )
            });
            items.push(format!(
                "<li id=\"{s}\" style=\"margin-left:{indent}em\" class=\"{}\">{} <span class=\"meta\">{s}</span> {} {} {}{when}\
                 <blockquote>{text}</blockquote>{why}{}</li>",
                self.class(s),
                self.badge(s),
                self.actor_link(reb.by()),
                kind_verb(reb.kind()),
                answered.join(", "),
                self.sources(reb.sources())
            ));
            let mut next: Vec<_> = g.rebuttals_of(s).map(|(x, _)| x).collect();
            next.reverse();
            stack.extend(next.into_iter().map(|x| (StatementId::from(x), depth + 1)));
        }
        if items.is_empty() {
            return "<p class=\"meta\">No answer recorded.</p>\n".to_owned();
        }
        format!("<ol class=\"answers\">\n{}\n</ol>\n", items.join("\n"))
    }

    fn timeline(&self) -> String {
        let g = self.g;
        let mut rows: Vec<(Option<PartialDate>, EntityId, String)> = Vec::new();
        for (c, claim) in g.claims() {
            rows.push((
                claim.stated(),
                c.into(),
                format!(
                    "{} {}: <a href=\"#{c}\">{}</a>",
                    self.actor_link(claim.claimant()),
                    act_verb(claim.act()),
                    esc(&short(claim.allegation().text(), 110))
                ),
            ));
        }
        for (r, reb) in g.rebuttals() {
            let text = if reb.text().is_empty() {
                kind_noun(reb.kind()).to_owned()
            } else {
                short(reb.text(), 110)
            };
            let answered: Vec<String> = reb.answers().iter().map(ToString::to_string).collect();
            rows.push((
                reb.stated(),
                r.into(),
                format!(
                    "{} {} {}: <a href=\"#{r}\">{}</a>",
                    self.actor_link(reb.by()),
                    kind_verb(reb.kind()),
                    esc(&answered.join(", ")),
                    esc(&text)
                ),
            ));
        }
        for (e, ev) in g.events() {
            rows.push((
                ev.date(),
                e.into(),
                format!("<span id=\"{e}\">Event: {}</span>", esc(ev.description())),
            ));
        }
        // Dated rows in time order, then the undated; ties in id order.
        rows.sort_by(|a, b| match (a.0, b.0) {
            (Some(x), Some(y)) => x.cmp(&y).then(a.1.cmp(&b.1)),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => a.1.cmp(&b.1),
        });
        let mut h = String::from(
            "<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n\
             <table><thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th></tr></thead><tbody>\n",
        );
        for (d, _, what) in rows {
            let when = d.map_or("undated".to_owned(), human_date);
            let _ = writeln!(
                h,
                "<tr><td class=\"date\">{}</td><td>{what}</td></tr>",
                esc(&when)
            );
        }
        h.push_str("</tbody></table>\n</section>\n");
        h
    }

    fn actors(&self) -> String {
        let g = self.g;
        let mut h = String::from(
            "<section id=\"actors\" aria-labelledby=\"actors-h\">\n<h2 id=\"actors-h\">Who</h2>\n<ul class=\"cols\">\n",
        );
        for (a, actor) in g.actors() {
            let said = g.claims_by(a).count() + g.rebuttals_by(a).count();
            let accused = g.claims_about(a).count();
            let mut facts = vec![actor.kind().to_string().replace('_', " ")];
            if said > 0 {
                facts.push(format!(
                    "{said} statement{}",
                    if said == 1 { "" } else { "s" }
                ));
            }
            if accused > 0 {
                facts.push(format!(
                    "named in {accused} claim{}",
                    if accused == 1 { "" } else { "s" }
                ));
            }
            let _ = writeln!(
                h,
                "<li id=\"{a}\"><span class=\"who\">{}</span> <span class=\"meta\">({})</span></li>",
                esc(actor.name()),
                esc(&facts.join(", "))
            );
        }
        h.push_str("</ul>\n</section>\n");
        h
    }

    fn sources_section(&self) -> String {
        let g = self.g;
        let mut h = String::from(
            "<section id=\"sources\" aria-labelledby=\"sources-h\">\n<h2 id=\"sources-h\">Sources</h2>\n<ul>\n",
        );
        for (s, src) in g.sources() {
            let mut line = format!("<span class=\"who\">{}</span>", esc(src.title()));
            let _ = write!(
                line,
                " <span class=\"meta\">({}",
                esc(&src.kind().to_string().replace('_', " "))
            );
            if let Some(d) = src.date() {
                let _ = write!(line, ", {}", esc(&human_date(d)));
            }
            line.push_str(")</span>");
            if let Some(o) = src.outlet() {
                let _ = write!(line, " in {}", self.actor_link(o));
            }
            if let Some(u) = src.url() {
                let _ = write!(line, " · <a href=\"{0}\">{0}</a>", esc(u));
            }
            let _ = writeln!(h, "<li id=\"{s}\" class=\"sources\">{line}</li>");
        }
        h.push_str("</ul>\n</section>\n");
        h
    }
}

/// A count as pixels; counts here are small (lines, depths), so nothing is lost.
fn px(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// A date for readers: "20 November 2023", "November 2023", "2023".
fn human_date(d: PartialDate) -> String {
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
    let month = |m: u32| MONTHS.get(m as usize - 1).copied().unwrap_or("?");
    if let Some(day) = d.as_day() {
        use chrono::Datelike;
        return format!("{} {} {}", day.day(), month(day.month()), day.year());
    }
    if d.as_instant().is_some() {
        return d.to_string();
    }
    match d.month_number() {
        Some(m) => format!("{} {}", month(m), d.year_number()),
        None => d.year_number().to_string(),
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

/// The CSS class of a box, from the symbol its last line starts with.
fn status_class(lines: &[String]) -> &'static str {
    lines.last().map_or("", |l| {
        if l.starts_with('✓') {
            "in"
        } else if l.starts_with('✗') {
            "out"
        } else if l.starts_with('?') {
            "undec"
        } else if l.starts_with('–') {
            "nj"
        } else {
            ""
        }
    })
}

fn act_verb(a: SpeechAct) -> &'static str {
    match a {
        SpeechAct::Accusation => "accuses",
        SpeechAct::Assertion => "asserts",
        SpeechAct::Denial => "denies",
        SpeechAct::Warning => "warns",
        SpeechAct::Threat => "threatens",
        SpeechAct::Prediction => "predicts",
        SpeechAct::Demand => "demands",
    }
}

fn act_noun(a: SpeechAct) -> &'static str {
    match a {
        SpeechAct::Accusation => "accusation",
        SpeechAct::Assertion => "assertion",
        SpeechAct::Denial => "denial",
        SpeechAct::Warning => "warning",
        SpeechAct::Threat => "threat",
        SpeechAct::Prediction => "prediction",
        SpeechAct::Demand => "demand",
    }
}

fn kind_verb(k: RebuttalKind) -> &'static str {
    match k {
        RebuttalKind::Denial => "denies",
        RebuttalKind::Undercut => "questions the reasoning of",
        RebuttalKind::Undermine => "disputes the evidence of",
        RebuttalKind::CounterAccusation => "counter-accuses in answer to",
        RebuttalKind::Dismissal => "dismisses",
    }
}

fn kind_noun(k: RebuttalKind) -> &'static str {
    match k {
        RebuttalKind::Denial => "denial",
        RebuttalKind::Undercut => "undercut",
        RebuttalKind::Undermine => "undermining",
        RebuttalKind::CounterAccusation => "counter-accusation",
        RebuttalKind::Dismissal => "dismissal",
    }
}

// ---- drawing -------------------------------------------------------------------------------

/// What layout-rs asked to draw, kept to be drawn our way: boxes by statement id, edges by
/// kind.
#[derive(Default)]
struct Canvas {
    boxes: Vec<(Point, Point, String)>,
    edges: Vec<(Vec<(Point, Point)>, String)>,
}

impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _: &StyleAttr,
        properties: Option<String>,
        _: Option<ClipHandle>,
    ) {
        if let Some(p) = properties {
            self.boxes.push((xy, size, p));
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        properties: Option<String>,
        _: &str,
    ) {
        if path.len() >= 2 {
            self.edges
                .push((path.to_vec(), properties.unwrap_or_default()));
        }
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

impl Canvas {
    /// The SVG: edges under boxes; each box a link to its statement, with its label lines.
    fn finish(&self, labels: &BTreeMap<String, Vec<String>>) -> String {
        const PAD: f64 = 12.0;
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        let mut grow = |p: Point| {
            x0 = x0.min(p.x);
            y0 = y0.min(p.y);
            x1 = x1.max(p.x);
            y1 = y1.max(p.y);
        };
        for (xy, size, _) in &self.boxes {
            grow(*xy);
            grow(Point::new(xy.x + size.x, xy.y + size.y));
        }
        for (path, _) in &self.edges {
            for (a, b) in path {
                grow(*a);
                grow(*b);
            }
        }
        if x0 > x1 {
            return String::new();
        }
        let (width, height) = (x1 - x0 + 2.0 * PAD, y1 - y0 + 2.0 * PAD);
        let (dx, dy) = (PAD - x0, PAD - y0);
        let mut s = format!(
            "<svg role=\"img\" aria-labelledby=\"graph-title\" \
             viewBox=\"0 0 {width:.0} {height:.0}\" width=\"{width:.0}\" height=\"{height:.0}\">\
             <title id=\"graph-title\">Statements and the answers between them</title>\
             <defs><marker id=\"head\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">\
             <path d=\"M0,0 L10,5 L0,10 z\" fill=\"#444\"/></marker>\
             <marker id=\"head-support\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">\
             <path d=\"M0,0 L10,5 L0,10 z\" fill=\"#00795a\"/></marker></defs>\n"
        );
        for (path, kind) in &self.edges {
            let p = |q: Point| format!("{:.1} {:.1}", q.x + dx, q.y + dy);
            let mut d = format!(
                "M {} C {}, {}, {}",
                p(path[0].0),
                p(path[0].1),
                p(path[1].0),
                p(path[1].1)
            );
            for q in &path[2..] {
                let _ = write!(d, " S {}, {}", p(q.0), p(q.1));
            }
            let (class, marker) = if kind == "support" {
                ("support", "head-support")
            } else {
                ("attack", "head")
            };
            // Edges run from the answered statement to its answer: the head marks the
            // answered end.
            let _ = writeln!(
                s,
                "<path class=\"{class}\" d=\"{d}\" marker-start=\"url(#{marker})\"/>"
            );
        }
        for (xy, size, id) in &self.boxes {
            let lines = labels.get(id).cloned().unwrap_or_default();
            let status = status_class(&lines);
            let kind = if id.starts_with('C') {
                "claim"
            } else {
                "rebuttal"
            };
            let (x, y) = (xy.x + dx, xy.y + dy);
            let cx = x + size.x / 2.0;
            let _ = write!(
                s,
                "<a href=\"#{id}\" aria-label=\"{}\"><rect class=\"{kind} {status}\" x=\"{x:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\"/>",
                esc(&lines.join(", ")),
                size.x,
                size.y
            );
            let top = y + size.y / 2.0 - 8.0 * (px(lines.len()) - 1.0);
            for (i, line) in lines.iter().enumerate() {
                let class = match i {
                    0 => " class=\"id\"",
                    2 => " class=\"quote\"",
                    _ => "",
                };
                let _ = write!(
                    s,
                    "<text{class} x=\"{cx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" dominant-baseline=\"middle\">{}</text>",
                    top + 16.0 * px(i),
                    esc(line)
                );
            }
            s.push_str("</a>\n");
        }
        s.push_str("</svg>");
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_attributes() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(
            human_date("2023-11-20".parse().unwrap()),
            "20 November 2023"
        );
        assert_eq!(human_date("2023-11".parse().unwrap()), "November 2023");
        assert_eq!(human_date("2023".parse().unwrap()), "2023");
    }

    #[test]
    fn ids_in_reasons_become_links() {
        let known = |w: &str| w == "R0";
        assert_eq!(
            link_ids("defeated by R0 (Russia)", &known),
            "defeated by <a href=\"#R0\">R0</a> (Russia)"
        );
    }
}
