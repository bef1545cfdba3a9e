// Naming rules of the CBS Kerncijfers wijken en buurten (KWB) table: column keys, the
// columns that describe the region rather than measure it, CBS cell values and units
// (shared/docs/cbs-formats.md). Pure functions, no I/O.
#pragma once

#include "model/model.h"

#include <QString>
#include <optional>

namespace wijk::import::cbs {

//! What a KWB column holds.
enum class ColumnRole
{
    Index,            //!< an extra leading ID column of re-exports
    RegionCode,       //!< WijkenEnBuurten (padded code)
    MunicipalityName, //!< Gemeentenaam_1
    RegionType,       //!< SoortRegio_2 (Land, Gemeente, Wijk, Buurt)
    Descriptive,      //!< other non-measure columns: Codering, Indelingswijziging, postcode
    Indicator         //!< a figure: one indicator
};

//! Role of a column from its key (with or without the position suffix).
ColumnRole classifyColumn(const QString &key);

//! The key without its position suffix: "AantalInwoners_5" -> "AantalInwoners",
//! "k_65JaarOfOuder_12" -> "k_65JaarOfOuder". Indicators match across years on this.
QString indicatorCodeFromKey(const QString &key);

//! A readable Dutch name from a CamelCase code: "GemiddeldeWOZWaardeVanWoningen" ->
//! "Gemiddelde WOZ waarde van woningen", "k_65JaarOfOuder" -> "65 jaar of ouder".
QString nameFromCode(const QString &code);

//! One KWB cell: a number, CBS's "." (secret or unreliable), or empty.
struct CellValue
{
    enum class Kind
    {
        Number,
        Secret, //!< "." possibly padded: CBS withheld or could not publish the figure
        Empty,
        Invalid
    };
    Kind kind = Kind::Empty;
    double number = 0;
    //! A Number written as 1-3 digits, one '.' or ',' and three digits ("88.000", "1,250"):
    //! CBS tables use a decimal point and no thousands separator, but the Dutch convention
    //! reads the same text as a thousand times more. Text cells like this are refused.
    bool ambiguousSeparator = false;
};

//! Parses a KWB cell: trims padding; "." is Secret; decimal point (a decimal comma is
//! accepted when it is the only separator).
CellValue parseCell(const QString &text);

//! The error for a text cell whose separator is ambiguous (CellValue::ambiguousSeparator).
QString ambiguousSeparatorMessage(const QString &text);

//! The region code of a padded WijkenEnBuurten cell ("GM0402    " -> "GM0402").
QString trimCode(const QString &text);

//! The contract unit for a CBS DataProperties unit ("aantal" -> count, "%" -> percent,
//! "x 1 000 euro" -> euro_x1000); "other" when the contract has no equivalent.
QString unitFromCbs(const QString &cbsUnit);

//! Heuristic kind when there is no metadata: Count for codes that name an additive number
//! of people/dwellings whose values are all whole, otherwise Value (CBS names some shares
//! like counts: HuishoudensMetEenLaagInkomen is a percentage with decimals). A negative
//! whole value does not make a count a Value: the importer refuses it as a negative count.
IndicatorKind guessKind(const QString &code, bool allWhole);

//! Region level from a SoortRegio text ("Gemeente  " -> Gemeente); nullopt when unknown.
[[nodiscard]] std::optional<RegionLevel> levelFromSoortRegio(const QString &text);

} // namespace wijk::import::cbs
