//! What generated entities say: pools of names and texts (small, so that duplicates occur), code
//! tables, dates, and the small random number generator a plan is drawn with.

use crate::{CameoActorCode, CameoCode, CountryCode, PartialDate, PloverContext, Precision};
use chrono::{FixedOffset, NaiveDate};

/// SplitMix64: a plan is a function of one seed drawn from the test runner, so that a case can
/// be replayed from the runner's seed alone and no random-number crate is needed.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Self {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n`; 0 when `n` is 0.
    pub(super) fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            // The remainder is below `n`, which is a `usize`.
            (self.next() % n as u64) as usize
        }
    }

    /// A number from `lo` to `hi`, both included (`lo` when the range is empty).
    pub(super) fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo).saturating_add(1))
    }

    /// True with probability `p` (0 never, 1 always).
    pub(super) fn chance(&mut self, p: f64) -> bool {
        // 32 random bits map exactly onto [0, 1).
        let x = f64::from((self.next() >> 32) as u32) / 4_294_967_296.0;
        x < p
    }

    /// One of the items, by weight; `None` when every weight is 0.
    pub(super) fn weighted<T: Copy>(&mut self, items: &[(T, u32)]) -> Option<T> {
        let total: u64 = items.iter().map(|&(_, w)| u64::from(w)).sum();
        if total == 0 {
            return None;
        }
        let mut x = self.next() % total;
        for &(item, w) in items {
            if x < u64::from(w) {
                return Some(item);
            }
            x -= u64::from(w);
        }
        None
    }

    /// One item of a non-empty table (the first when empty would be asked for).
    pub(super) fn of<'a, T>(&mut self, table: &'a [T]) -> &'a T {
        &table[self.below(table.len())]
    }
}

/// Actor names, each with a country code, a CAMEO actor code and a Wikidata number in the style
/// of real ones (a sample to draw from, not a reference table). Names carry apostrophes and
/// letters beyond ASCII, as real ones do.
pub(super) const ACTORS: &[(&str, &str, &str, u64)] = &[
    ("Finland", "FIN", "FINGOV", 33),
    ("Russia", "RUS", "RUSGOV", 159),
    ("Belarus", "BLR", "BLRGOV", 184),
    ("NATO", "BEL", "IGOWSTNAT", 7184),
    ("Dmitry Peskov", "RUS", "RUSGOVSPY", 4_157_212),
    ("Côte d'Ivoire", "CIV", "CIV", 1008),
    ("Türkiye", "TUR", "TURGOV", 43),
    ("Western countries", "USA", "WSTGOV", 1_043_234),
];

pub(super) const ALIASES: &[&str] = &["Helsinki", "Moscow", "the Kremlin", "Minsk", "the alliance"];

pub(super) const ALLEGATIONS: &[&str] = &[
    "deliberately smuggling asylum seekers across the border",
    "steering migrants into Poland and Lithuania",
    "building up forces near the border",
    "the crossings are used by those who have the right to do so",
    "a \"hybrid\" attack on the EU's border",
    "closing all crossings contradicts Finland's interests",
];

pub(super) const REBUTTALS: &[&str] = &[
    "We do not accept such accusations",
    "far-fetched",
    "less far-fetched than Moscow makes it out to be",
    "the figures say otherwise",
];

pub(super) const EVENTS: &[&str] = &[
    "Finland joins NATO",
    "Finland announces border closures",
    "Closures take effect",
    "Satellite images show new military buildings",
    "Russia invades Ukraine",
];

pub(super) const SOURCES: &[&str] = &[
    "Kremlin rejects Finland's accusation",
    "told media representatives",
    "told Russian news agencies",
    "Press conference, 20 November",
];

pub(super) const MOTIVES: &[&str] = &[
    "retaliation for NATO accession",
    "to pressure the EU",
    "revenge for sanctions",
];

pub(super) const AIMS: &[&str] = &[
    "to destabilise Finland",
    "to divide the alliance",
    "to sow doubt",
];

/// A speaker's own words for how sure they are (ICD 203 wordings and looser ones).
pub(super) const WORDINGS: &[&str] = &["highly likely", "almost certainly", "no doubt"];

pub(super) const ALTERNATIVES: &[&str] = &[
    "a direct act by the state",
    "it lost control of the agent",
    "a rogue unit acted alone",
];

pub(super) const CONDITIONS: &[&str] = &[
    "unless a credible answer is given by midnight tomorrow",
    "if the crossings stay closed",
    "should the sanctions be extended",
];

pub(super) const ROLES: &[&str] = &["spokesman", "deputy foreign minister", "member state"];

pub(super) const AUDIENCES: &[&str] = &["media representatives", "Russian news agencies"];

pub(super) const LOCATIONS: &[&str] = &["Vaalimaa", "Helsinki", "the Finnish-Russian border"];

pub(super) const URLS: &[&str] = &[
    "https://example.org/news/2023/11/20/kremlin",
    "https://example.org/a?b=1&c=2",
];

/// Country blocks for actor codes that do not come from [`ACTORS`].
const ROLE_BLOCKS: &[&str] = &["GOV", "MIL", "MED", "OPP", "COP"];

/// The CAMEO family most disputes are filed under (disapprove, accuse), drawn half the time so
/// that category queries find siblings and parents; the other half draws from the codebook.
const ACCUSE_FAMILY: &[&str] = &[
    "11", "111", "112", "1121", "1122", "1123", "1124", "1125", "114",
];

/// A text from `table`: one of the first `pool` entries (numbered beyond the table's end), so
/// that texts repeat; every text distinct (numbered by `serial`) when `pool` is 0.
pub(super) fn text(rng: &mut Rng, table: &[&str], pool: usize, serial: usize) -> String {
    if pool == 0 {
        format!("{} ({serial})", table[serial % table.len()])
    } else {
        entry(table, rng.below(pool))
    }
}

/// Entry `k` of `table`, numbered beyond the table's end.
pub(super) fn entry(table: &[&str], k: usize) -> String {
    match table.get(k) {
        Some(text) => (*text).to_owned(),
        None => format!("{} ({k})", table[k % table.len()]),
    }
}

// Every table entry parses (a unit test reads them all), so the `Option`s below are always
// `Some`; they keep a broken entry from ever becoming a panic.

/// The country code of the actor in `row` most of the time, some other one else.
pub(super) fn country(rng: &mut Rng, row: usize) -> Option<CountryCode> {
    let row = if rng.chance(0.8) {
        row
    } else {
        rng.below(ACTORS.len())
    };
    ACTORS[row % ACTORS.len()].1.parse().ok()
}

pub(super) fn actor_code(rng: &mut Rng, row: usize) -> Option<CameoActorCode> {
    if rng.chance(0.5) {
        CameoActorCode::parse(ACTORS[row % ACTORS.len()].2).ok()
    } else {
        let (_, iso3, _, _) = rng.of(ACTORS);
        CameoActorCode::parse(&format!("{iso3}{}", rng.of(ROLE_BLOCKS))).ok()
    }
}

pub(super) fn wikidata(row: usize) -> Option<crate::WikidataId> {
    format!("Q{}", ACTORS[row % ACTORS.len()].3).parse().ok()
}

/// A known CAMEO event code.
pub(super) fn cameo(rng: &mut Rng) -> Option<CameoCode> {
    let code = if rng.chance(0.5) {
        *rng.of(ACCUSE_FAMILY)
    } else {
        rng.of(crate::codes_table::CAMEO_EVENT_CODES).0
    };
    CameoCode::parse(code).ok()
}

pub(super) fn plover_context(rng: &mut Rng) -> Option<PloverContext> {
    let context: &&str = rng.of(crate::codes_table::PLOVER_CONTEXTS);
    PloverContext::parse(context).ok()
}

/// What dates look like: which years, and how often each precision appears.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct DateShape {
    pub(super) years: (i32, i32),
    pub(super) precisions: [(Precision, u32); 5],
}

impl Default for DateShape {
    fn default() -> Self {
        DateShape {
            years: (2019, 2024),
            precisions: [
                (Precision::Year, 1),
                (Precision::Month, 2),
                (Precision::Day, 3),
                (Precision::Instant, 1),
                (Precision::Window, 1),
            ],
        }
    }
}

pub(super) fn date(rng: &mut Rng, shape: &DateShape) -> Option<PartialDate> {
    let (lo, hi) = shape.years;
    let span = usize::try_from(i64::from(hi) - i64::from(lo)).unwrap_or(0);
    let step = i64::try_from(rng.below(span + 1)).unwrap_or(0);
    let year = i32::try_from(i64::from(lo) + step).unwrap_or(lo);
    let month = 1 + rng.below(12) as u32;
    // Any day of the month, month ends included; an impossible day (31 April) becomes the 28th.
    let day = 1 + rng.below(31) as u32;
    let the_day = NaiveDate::from_ymd_opt(year, month, day)
        .or_else(|| NaiveDate::from_ymd_opt(year, month, 28))?;
    match rng.weighted(&shape.precisions).unwrap_or(Precision::Day) {
        Precision::Year => PartialDate::year(year).ok(),
        Precision::Month => PartialDate::month(year, month).ok(),
        Precision::Day => PartialDate::day(year, month, day)
            .or_else(|_| PartialDate::day(year, month, 28))
            .ok(),
        Precision::Window => {
            // "Between the 4th and the 12th": a window of two to six weeks' days at most.
            let last = the_day.checked_add_days(chrono::Days::new(1 + rng.below(40) as u64))?;
            PartialDate::window(the_day.into(), last.into()).ok()
        }
        Precision::Instant => {
            // Whole and half-hour offsets from -12:00 to +14:00.
            let half_hours = i32::try_from(rng.below(53)).unwrap_or(0) - 24;
            let offset = FixedOffset::east_opt(half_hours * 1800)?;
            let at = the_day
                .and_hms_opt(
                    rng.below(24) as u32,
                    rng.below(60) as u32,
                    rng.below(60) as u32,
                )?
                .and_local_timezone(offset)
                .single()?;
            PartialDate::instant(at).ok()
        }
    }
}
