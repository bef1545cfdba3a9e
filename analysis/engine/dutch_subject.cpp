#include "engine/dutch_subject.h"

#include <QStringList>

namespace wijk::engine {

namespace {

//! Singular nouns ending in -en: nominalised verbs and the few others an indicator may name.
bool isSingularEnNoun(const QString &word)
{
    static const QStringList singular = {
        QStringLiteral("inkomen"), QStringLiteral("vermogen"), QStringLiteral("wonen"),
        QStringLiteral("leven"),   QStringLiteral("examen"),   QStringLiteral("verzuim"),
        QStringLiteral("welzijn"), QStringLiteral("haven"),    QStringLiteral("molen")};
    for (const QString &noun : singular)
        if (word.endsWith(noun))
            return true;
    return false;
}

bool isPluralNoun(const QString &word)
{
    if (word.endsWith(QLatin1String("en")))
        return !isSingularEnNoun(word);
    if (!word.endsWith(QLatin1Char('s')) || word.endsWith(QLatin1String("ss")))
        return false;
    // The -s plural follows an unstressed syllable or a diminutive: inwoner-s, huishouden-s.
    static const char *stems[] = {"ers", "els", "ens", "ems", "jes"};
    for (const char *stem : stems)
        if (word.endsWith(QLatin1String(stem)))
            return true;
    return false;
}

//! Participles used as adjectives: ge...d / ge...t, inflected or not ("gemiddeld",
//! "geregistreerde"), but not nouns in -heid.
bool isLeadingAdjective(const QString &word)
{
    if (!word.startsWith(QLatin1String("ge")) || word.size() < 6 ||
        word.endsWith(QLatin1String("heid")))
        return false;
    QString stem = word;
    if (stem.endsWith(QLatin1Char('e')))
        stem.chop(1);
    return stem.endsWith(QLatin1Char('d')) || stem.endsWith(QLatin1Char('t'));
}

//! Nouns for a measured quantity: singular, they need an article as subject.
bool isMeasureNoun(const QString &word)
{
    static const char *measures[] = {"aandeel",    "aantal",       "percentage", "cijfer",
                                     "gemiddelde", "oppervlakte",  "waarde",     "score",
                                     "index",      "concentratie", "verbruik",   "dichtheid"};
    for (const char *measure : measures)
        if (word.endsWith(QLatin1String(measure)))
            return true;
    return false;
}

//! Neuter (het) nouns by the last part of a compound; everything else is common (de).
bool isNeuterNoun(const QString &word)
{
    static const char *neuter[] = {"aandeel", "aantal",   "percentage", "cijfer", "gemiddelde",
                                   "inkomen", "verbruik", "gebruik",    "gebied", "vermogen",
                                   "bezit",   "niveau",   "risico",     "getal",  "oppervlak"};
    for (const char *noun : neuter)
        if (word.endsWith(QLatin1String(noun)))
            return true;
    // Diminutives and the Latin and French suffixes are neuter.
    for (const char *suffix : {"je", "isme", "ment", "um"})
        if (word.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

//! "WOZ-waarde" keeps its capitals; an ordinary first word is lowercased after an article.
QString lowerFirst(const QString &word)
{
    if (word.size() > 1 && word.at(1).isUpper())
        return word;
    return word.left(1).toLower() + word.mid(1);
}

QString upperFirst(const QString &text)
{
    return text.left(1).toUpper() + text.mid(1);
}

} // namespace

DutchSubject dutchSubject(const QString &name)
{
    QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {name, false};
    int head = 0;
    while (head + 1 < words.size() && isLeadingAdjective(words.at(head).toLower()))
        ++head;
    const QString headNoun = words.at(head).toLower();
    DutchSubject subject;
    subject.plural = isPluralNoun(headNoun);
    const bool adjectives = head > 0;
    if (subject.plural || (!adjectives && !isMeasureNoun(headNoun))) {
        subject.text = upperFirst(words.join(QLatin1Char(' ')));
        return subject;
    }
    // After the definite article an attributive adjective ends in -e.
    for (int i = 0; i < head; ++i) {
        if (!words[i].endsWith(QLatin1Char('e')))
            words[i] += QLatin1Char('e');
    }
    words[0] = lowerFirst(words[0]);
    const QString article = isNeuterNoun(headNoun) ? QStringLiteral("Het ") : QStringLiteral("De ");
    subject.text = article + words.join(QLatin1Char(' '));
    return subject;
}

} // namespace wijk::engine
