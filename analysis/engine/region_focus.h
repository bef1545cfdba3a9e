// The focus of a workspace with more than one gemeente: the analyst's own gemeente(n), whose
// wijken and buurten every view shows by default, with the gemeente and Nederland as
// reference (docs/engine.md, "Focus"). One rule for the window and the command line.
#pragma once

#include "engine/dataset.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace wijk::engine {

class RegionFocus
{
public:
    //! The code of the country as a reference (CBS's NL00).
    static QString countryCode() { return QStringLiteral("NL00"); }

    //! No focus: everything ("Heel Nederland").
    RegionFocus() = default;
    //! The focus on these gemeente codes of the dataset (unknown codes are left out: check
    //! them first with check()). An empty list is no focus.
    RegionFocus(const Dataset &dataset, const QStringList &gemeenten);

    //! Whether the dataset holds more than one gemeente: only then does a focus make sense.
    static bool needsFocus(const Dataset &dataset);
    //! The proposal for a new workspace: the gemeenten the extracts name (their manifests'
    //! municipality codes) that the dataset holds, in order, once each; empty when none.
    static QStringList proposal(const Dataset &dataset, const QStringList &extractMunicipalities);
    //! Parses "GM0402,GM0406" (commas or spaces; case-insensitive) into codes; false with
    //! *error naming the first code that is no gemeente of the dataset.
    static bool parse(const Dataset &dataset, const QString &text, QStringList *codes,
                      QString *error);
    //! The text stored in the workspace (wm_meta 'focus') for codes, and back.
    static QString storedText(const QStringList &codes) { return codes.join(QLatin1Char(',')); }
    static QStringList fromStoredText(const QString &text);

    //! Whether there is a focus at all (false: everything is shown).
    bool isSet() const { return !mGemeenten.isEmpty(); }
    //! The focus gemeente codes.
    QStringList gemeenten() const { return mGemeenten; }
    //! Whether region r lies in (or is) a focus gemeente in any period; true for every
    //! region without a focus. The country is never in focus (it is the reference).
    bool contains(int region) const { return !isSet() || mRegions.contains(region); }
    bool contains(const QString &code) const { return !isSet() || mCodes.contains(code); }
    //! The regions of a level in focus, in code order.
    std::vector<int> regionsOfLevel(const Dataset &dataset, RegionLevel level) const;
    //! The codes of the level's regions in focus (for a map layer's filter).
    QStringList codesOfLevel(const Dataset &dataset, RegionLevel level) const;
    //! The reference regions: the focus gemeenten and the country, when the dataset has them.
    QStringList referenceCodes(const Dataset &dataset) const;

private:
    QStringList mGemeenten;
    QSet<int> mRegions;
    QSet<QString> mCodes;
};

} // namespace wijk::engine
