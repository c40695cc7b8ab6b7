//! Checks the crate's CAMEO and PLOVER code tables against real files from the standards:
//! GDELT's `cameoCodes.json` and the OEDA `CAMEO2PLOVER-2021.txt` conversion table, both read
//! from `../shared/data`. Only the public API is used.

use claimgraph::{CameoCode, PloverContext, PloverMode, PloverType};
use std::collections::BTreeSet;
use std::path::Path;

#[path = "common/data.rs"]
mod data;

/// Codes in `cameoCodes.json` that are deliberately not in the table. That file mixes in
/// numbering from pre-1.0 CAMEO drafts which the 1.1b3 codebook (used by GDELT 2.0 and ICEWS)
/// changed:
/// - `0357` ("express intent to de-escalate military engagement") is `0356` in 1.1b3, whose
///   `035x` sub-codes stop at `0356`;
/// - `1641`..`1643` (expel or withdraw peacekeepers, inspectors, aid agencies) are `1661`..`1663`
///   in 1.1b3, where `164` is "Halt negotiations" and has no sub-codes.
///
/// `CAMEO2PLOVER-2021.txt` agrees: it lists `0356` and `1661`..`1663`, none of these.
#[cfg(feature = "serde")]
const EXCLUDED_FROM_GDELT_JSON: &[&str] = &["0357", "1641", "1642", "1643"];

/// Codes in the table that neither `cameoCodes.json` nor `CAMEO2PLOVER-2021.txt` lists. The JSON
/// file is incomplete (it has `025` "Appeal to yield" but none of its sub-codes), and the PLOVER
/// table drops the whole APPEAL category `02`, so the 1.1b3 sub-codes of `025` appear in neither.
/// Every other table code missing from the JSON file is listed in `CAMEO2PLOVER-2021.txt`.
#[cfg(feature = "serde")]
const ONLY_IN_CODEBOOK: &[&str] = &["0251", "0252", "0253", "0254", "0255", "0256"];

/// Reads a data file as text.
fn read(dir: &Path, relative: &str) -> String {
    let path = dir.join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every well-formed CAMEO event code: roots `01`..`20` with every two- and three-digit suffix.
fn all_well_formed_codes() -> Vec<CameoCode> {
    let mut codes = Vec::new();
    for root in 1..=20 {
        let root = format!("{root:02}");
        codes.push(root.clone());
        for a in 0..10 {
            let base = format!("{root}{a}");
            codes.extend((0..10).map(|b| format!("{base}{b}")));
            codes.push(base);
        }
    }
    codes
        .iter()
        .map(|c| CameoCode::parse(c).expect("generated codes are well-formed"))
        .collect()
}

/// The codes the crate knows, found through the public API.
fn known_codes() -> Vec<CameoCode> {
    all_well_formed_codes()
        .into_iter()
        .filter(CameoCode::is_known)
        .collect()
}

/// One line of `CAMEO2PLOVER-2021.txt`: `code: TYPE[, mode[, context[; context]]]`.
struct PloverRow {
    line: usize,
    code: String,
    event: String,
    mode: Option<String>,
    contexts: Vec<String>,
}

/// Parses the conversion table, skipping comments (`#` to the end of the line), blank lines and
/// the closing `~~~~~` rule.
fn plover_rows(text: &str) -> Vec<PloverRow> {
    let mut rows = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() || line.chars().all(|c| c == '~') {
            continue;
        }
        let (code, rest) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("line {}: no `code:` in {raw:?}", i + 1));
        let mut fields = rest.split(',').map(str::trim);
        let event = fields.next().unwrap_or("").to_owned();
        let mode = fields.next().filter(|m| !m.is_empty()).map(str::to_owned);
        let contexts = fields
            .next()
            .map(|c| {
                c.split(';')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        assert!(
            fields.next().is_none(),
            "line {}: too many fields in {raw:?}",
            i + 1
        );
        rows.push(PloverRow {
            line: i + 1,
            code: code.trim().to_owned(),
            event,
            mode,
            contexts,
        });
    }
    rows
}

#[cfg(feature = "serde")]
#[test]
fn every_gdelt_cameo_code_is_known() {
    let Some(dir) = data::data_dir("every_gdelt_cameo_code_is_known") else {
        return;
    };
    let json: serde_json::Value = serde_json::from_str(&read(&dir, "gdelt/cameoCodes.json"))
        .expect("cameoCodes.json is JSON");
    let descriptions = json
        .get("Description")
        .and_then(serde_json::Value::as_object)
        .expect("cameoCodes.json has a `Description` object");
    assert!(
        descriptions.len() > 250,
        "only {} codes in cameoCodes.json",
        descriptions.len()
    );

    for code in descriptions.keys() {
        let parsed = CameoCode::parse(code)
            .unwrap_or_else(|e| panic!("cameoCodes.json code {code:?} does not parse: {e}"));
        assert_eq!(parsed.as_str(), code);
        if EXCLUDED_FROM_GDELT_JSON.contains(&code.as_str()) {
            assert!(
                !parsed.is_known(),
                "{code} is excluded on purpose but is in the table"
            );
        } else {
            assert!(
                parsed.is_known(),
                "{code} from cameoCodes.json is not in the table"
            );
        }
    }

    let plover: BTreeSet<String> = plover_rows(&read(&dir, "plover/CAMEO2PLOVER-2021.txt"))
        .into_iter()
        .map(|row| row.code)
        .collect();
    let unexplained: Vec<CameoCode> = known_codes()
        .into_iter()
        .filter(|c| !descriptions.contains_key(c.as_str()))
        .filter(|c| !plover.contains(c.as_str()) && !ONLY_IN_CODEBOOK.contains(&c.as_str()))
        .collect();
    assert!(
        unexplained.is_empty(),
        "table codes found in no source: {unexplained:?}"
    );
    for code in ONLY_IN_CODEBOOK {
        assert!(
            !descriptions.contains_key(*code),
            "{code} is in cameoCodes.json now"
        );
    }
}

#[test]
fn every_cameo2plover_row_uses_known_codes() {
    let Some(dir) = data::data_dir("every_cameo2plover_row_uses_known_codes") else {
        return;
    };
    let rows = plover_rows(&read(&dir, "plover/CAMEO2PLOVER-2021.txt"));
    assert!(
        rows.len() > 250,
        "only {} rows in CAMEO2PLOVER-2021.txt",
        rows.len()
    );
    let mut types = BTreeSet::new();
    for row in &rows {
        let at = format!("CAMEO2PLOVER-2021.txt line {}", row.line);
        let code = CameoCode::parse(&row.code)
            .unwrap_or_else(|e| panic!("{at}: code {:?}: {e}", row.code));
        assert!(
            code.is_known(),
            "{at}: CAMEO code {code} is not in the table"
        );
        let event: PloverType = row
            .event
            .parse()
            .unwrap_or_else(|e| panic!("{at}: PLOVER type {:?}: {e}", row.event));
        types.insert(event);
        if let Some(mode) = &row.mode {
            let mode = PloverMode::parse(mode).unwrap_or_else(|e| panic!("{at}: mode: {e}"));
            assert!(mode.is_known(), "{at}: mode {mode} is not in PLOVER_MODES");
        }
        for context in &row.contexts {
            let context =
                PloverContext::parse(context).unwrap_or_else(|e| panic!("{at}: context: {e}"));
            assert!(
                context.is_known(),
                "{at}: context {context} is not in PLOVER_CONTEXTS"
            );
        }
    }
    assert_eq!(
        types.len(),
        PloverType::ALL.len(),
        "every PLOVER type is used: {types:?}"
    );
}

#[test]
fn known_codes_form_a_tree() {
    let known = known_codes();
    assert!(known.len() > 280, "only {} known CAMEO codes", known.len());
    for code in &known {
        let mut up = code.parent();
        while let Some(parent) = up {
            assert!(
                parent.is_known(),
                "{code} is known but its ancestor {parent} is not"
            );
            assert!(code.is_within(parent));
            up = parent.parent();
        }
        let description = code.description().expect("known codes have a description");
        assert!(!description.is_empty(), "{code} has an empty description");
    }
    for root in 1..=20 {
        let root = CameoCode::parse(&format!("{root:02}")).expect("roots are well-formed");
        assert!(root.is_known(), "root {root} is not known");
        let base = format!("{root}0");
        let base = CameoCode::parse(&base).expect("base codes are well-formed");
        assert!(
            base.is_known(),
            "{base}, the unspecified code of root {root}, is not known"
        );
    }
}

#[test]
fn well_known_codes_have_codebook_descriptions() {
    let cases = [
        ("01", "Make public statement"),
        ("016", "Deny responsibility"),
        ("11", "Disapprove"),
        ("112", "Accuse"),
        ("1123", "Accuse of aggression"),
        ("13", "Threaten"),
        ("138", "Threaten with military force"),
        ("19", "Fight"),
        ("191", "Impose blockade, restrict movement"),
        ("2042", "Detonate nuclear weapons"),
    ];
    for (code, description) in cases {
        let parsed = CameoCode::parse(code).expect("spot-check codes are well-formed");
        assert_eq!(parsed.description(), Some(description), "{code}");
        assert_eq!(parsed.as_str(), code);
    }
    let accuse = CameoCode::parse("1123").expect("1123 is well-formed");
    assert_eq!(accuse.root(), 11);
    assert_eq!(
        accuse.parent().map(|p| p.to_string()),
        Some("112".to_owned())
    );
    for unknown in ["0357", "1129", "1641", "199", "2043"] {
        let parsed = CameoCode::parse(unknown).expect("well-formed");
        assert!(!parsed.is_known(), "{unknown} is not in CAMEO 1.1b3");
        assert_eq!(parsed.description(), None);
    }
}

#[test]
fn plover_vocabulary_spot_checks() {
    for mode in [
        "allege",
        "disapprove",
        "investigate",
        "visit",
        "riot",
        "suicide-attack",
    ] {
        assert!(
            PloverMode::parse(mode).expect("well-formed").is_known(),
            "{mode}"
        );
    }
    for context in [
        "asylum",
        "cbrn",
        "corruption",
        "crime",
        "cyber",
        "diplomatic",
        "economic",
        "election",
        "environment",
        "health",
        "human_rights",
        "humanitarian",
        "intelligence",
        "legal",
        "migration",
        "military",
        "pro_autocracy",
        "pro_democracy",
        "refugee",
        "terrorism",
        "territory",
    ] {
        assert!(
            PloverContext::parse(context)
                .expect("well-formed")
                .is_known(),
            "{context}"
        );
    }
    assert!(!PloverMode::parse("shout").expect("well-formed").is_known());
    assert!(
        !PloverContext::parse("weather")
            .expect("well-formed")
            .is_known()
    );
}
