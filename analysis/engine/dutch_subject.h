// An indicator name as the grammatical subject of a Dutch signal sentence: the article it
// needs and whether the verb is plural ("Het gemiddelde inkomen ... stijgt", "Misdrijven per
// 1000 inwoners ... dalen"). Indicator names are noun phrases without an article.
#pragma once

#include <QString>

namespace wijk::engine {

struct DutchSubject
{
    QString text;        //!< the name as a sentence's subject, capitalised
    bool plural = false; //!< the verb agrees in the plural
};

//! The subject form of a Dutch indicator name. The rules (Dutch grammar, not a word list of
//! indicator names):
//! - the head noun is the first word after any leading adjectives (participles such as
//!   "gemiddeld", "geregistreerde");
//! - it is plural when it ends in -en (except nominalised verbs like "inkomen") or in an -s
//!   after an unstressed -er, -el, -en, -em or a diminutive -je ("inwoners", "huishoudens");
//! - a singular head after an adjective, or a singular measure noun (aandeel, aantal,
//!   percentage, rapportcijfer, oppervlakte, ...), takes the definite article, "het" for neuter
//!   nouns (by the last part of a compound: "aardgasverbruik" like "verbruik") and "de"
//!   otherwise; an adjective after the definite article ends in -e ("het gemiddelde inkomen");
//! - plural heads and mass nouns ("Bijstand", "Stikstofdioxide") keep no article.
DutchSubject dutchSubject(const QString &name);

} // namespace wijk::engine
