// Lines → unfolded properties → cards. Nesting (2.1 AGENT) is a counter, never recursion, so a
// file of 10,000 nested cards costs nothing but a message.
#include "VCardReader.h"

#include "TextEncoding.h"
#include "VCardProperty.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Messages in the context "wedsync::VCardReader" (lupdate reads it from the macro).
struct VCardReaderText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::VCardReader)
};

constexpr qsizetype sniffBytes = 4096;
constexpr qsizetype overflowHeadBytes = 256;
constexpr qsizetype maxWarningsPerCard = 20;
constexpr qsizetype maxNotices = 50;
constexpr qsizetype maxRepeats = 5; // EMAIL … EMAIL.5

struct Ranked
{
    int preference;
    qsizetype order;
    QString value;
    QStringList components; // ADR
    QList<QByteArray> types; // TEL
};

void sortByPreference(QList<Ranked> *list)
{
    std::stable_sort(list->begin(), list->end(),
                     [](const Ranked &a, const Ranked &b) { return a.preference < b.preference; });
}

QString joinValues(const QString &escaped, const QString &separator)
{
    QStringList values;
    for (const QString &value : splitVCardValue(escaped, u',')) {
        const QString text = unescapeVCardText(value).trimmed();
        if (!text.isEmpty())
            values.append(text);
    }
    return values.join(separator);
}

bool isAnniversary(const QByteArray &name)
{
    return name == "ANNIVERSARY" || name == "X-ANNIVERSARY" || name == "X-EVOLUTION-ANNIVERSARY"
        || name == "X-MS-ANNIVERSARY" || name == "X-KADDRESSBOOK-X-ANNIVERSARY";
}

} // namespace

struct VCardReader::Card
{
    VCardContact contact;
    qsizetype properties = 0;
    qsizetype bytes = 0;
    bool nestedWarned = false;
    bool encodingWarned = false;
    QString fullName;
    QStringList nameParts; // N's five components
    QList<Ranked> emails, phones, addresses;
    QStringList notes;
    QString anniversary;
    QHash<QByteArray, QString> appleDates, appleLabels; // by group
    QList<std::pair<QString, QString>> others; // first value of every other property
    QStringList otherNames;

    QString prefix() const
    {
        return VCardReaderText::tr("Card %1 (line %2)").arg(contact.number).arg(contact.line);
    }

    void add(const VCardProperty &property, const QString &text, qsizetype order)
    {
        const QByteArray &name = property.name;
        if (name == "VERSION") {
            contact.version = text.trimmed();
        } else if (name == "FN") {
            if (fullName.isEmpty())
                fullName = unescapeVCardText(text).trimmed();
        } else if (name == "N") {
            if (nameParts.isEmpty()) {
                const QStringList parts = splitVCardValue(text, u';');
                for (qsizetype i = 0; i < 5; ++i) {
                    const QString part = i < parts.size() ? parts.at(i) : QString();
                    nameParts.append(joinValues(part, i >= 3 ? u", "_s : u" "_s));
                }
            }
        } else if (name == "EMAIL") {
            emails.append(
                {property.preference(), order, unescapeVCardText(text).trimmed(), {}, {}});
        } else if (name == "TEL") {
            QString number = unescapeVCardText(text).trimmed();
            if (number.startsWith(u"tel:"_s, Qt::CaseInsensitive))
                number = number.mid(4);
            phones.append({property.preference(), order, number, {}, property.parameter("TYPE")});
        } else if (name == "ADR") {
            QStringList parts;
            for (const QString &part : splitVCardValue(text, u';'))
                parts.append(joinValues(part, u", "_s));
            addresses.append({property.preference(), order, {}, parts, {}});
        } else if (name == "NOTE") {
            const QString note = unescapeVCardText(text).trimmed();
            if (!note.isEmpty())
                notes.append(note);
        } else if (isAnniversary(name)) {
            if (anniversary.isEmpty())
                anniversary = unescapeVCardText(text).trimmed();
        } else if (name == "X-ABDATE") {
            appleDates.insert(property.group, unescapeVCardText(text).trimmed());
        } else if (name == "X-ABLABEL") {
            appleLabels.insert(property.group, unescapeVCardText(text).trimmed());
        } else if (name == "ORG") {
            if (!otherNames.contains(u"ORG"_s)) {
                QStringList parts;
                for (const QString &part : splitVCardValue(text, u';')) {
                    const QString unit = unescapeVCardText(part).trimmed();
                    if (!unit.isEmpty())
                        parts.append(unit);
                }
                otherNames.append(u"ORG"_s);
                others.append({u"ORG"_s, parts.join(u", "_s)});
            }
        } else if (name != "PRODID" && name != "AGENT") {
            const QString key = QString::fromLatin1(name);
            if (!otherNames.contains(key)) {
                otherNames.append(key);
                others.append({key, unescapeVCardText(text).trimmed()});
            }
        }
    }

    // The row, in a fixed order of keys (others after, as they came).
    QList<std::pair<QString, QString>> row()
    {
        QList<std::pair<QString, QString>> out;
        const auto put = [&out](const QString &key, const QString &value) {
            if (!value.isEmpty())
                out.append({key, value});
        };
        put(u"FN"_s, fullName);
        static const QStringList nameKeys {u"N.family"_s, u"N.given"_s, u"N.additional"_s,
                                           u"N.prefix"_s, u"N.suffix"_s};
        for (qsizetype i = 0; i < nameParts.size() && i < nameKeys.size(); ++i)
            put(nameKeys.at(i), nameParts.at(i));
        sortByPreference(&emails);
        for (qsizetype i = 0; i < emails.size() && i < maxRepeats; ++i)
            put(i == 0 ? u"EMAIL"_s : u"EMAIL."_s + QString::number(i + 1), emails.at(i).value);
        sortByPreference(&phones);
        for (qsizetype i = 0; i < phones.size() && i < maxRepeats; ++i)
            put(i == 0 ? u"TEL"_s : u"TEL."_s + QString::number(i + 1), phones.at(i).value);
        const auto typedPhone = [this](std::initializer_list<QByteArrayView> types) {
            for (const Ranked &phone : std::as_const(phones)) {
                for (const QByteArrayView type : types) {
                    if (phone.types.contains(type))
                        return phone.value;
                }
            }
            return QString();
        };
        put(u"TEL.cell"_s, typedPhone({"CELL", "MOBILE", "IPHONE"}));
        put(u"TEL.home"_s, typedPhone({"HOME"}));
        put(u"TEL.work"_s, typedPhone({"WORK"}));
        sortByPreference(&addresses);
        if (!addresses.isEmpty()) {
            static const QStringList adrKeys {
                u"ADR.po_box"_s, u"ADR.extended"_s,    u"ADR.street"_s, u"ADR.locality"_s,
                u"ADR.region"_s, u"ADR.postal_code"_s, u"ADR.country"_s};
            const QStringList &parts = addresses.front().components;
            for (qsizetype i = 0; i < parts.size() && i < adrKeys.size(); ++i)
                put(adrKeys.at(i), parts.at(i));
        }
        QString wedding = anniversary;
        for (auto it = appleLabels.begin(); wedding.isEmpty() && it != appleLabels.end(); ++it) {
            if (it.value().contains(u"anniversary"_s, Qt::CaseInsensitive))
                wedding = appleDates.value(it.key());
        }
        put(u"ANNIVERSARY"_s, wedding);
        put(u"NOTE"_s, notes.join(u"\n\n"_s));
        for (const auto &[key, value] : std::as_const(others))
            put(key, value);
        return out;
    }
};

VCardReader::VCardReader()
    : VCardReader(Limits {})
{ }

VCardReader::VCardReader(Limits limits)
    : m_limits(limits)
{ }

void VCardReader::feed(QByteArrayView chunk)
{
    if (m_finished || !m_fatal.isEmpty())
        return;
    if (m_sniffed) {
        splitLines(chunk);
        return;
    }
    m_physical.append(chunk.data(), chunk.size());
    if (m_physical.size() >= sniffBytes)
        sniff();
}

void VCardReader::sniff()
{
    m_sniffed = true;
    QByteArray start = std::exchange(m_physical, {});
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        fail(VCardReaderText::tr(
            "This vCard file is UTF-16; export it again as UTF-8 (vCard 3.0 or 4.0) and "
            "import that file."));
        return;
    }
    qsizetype controls = 0;
    const QByteArrayView head = QByteArrayView(start).first(std::min(start.size(), sniffBytes));
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != '\v')
            ++controls;
    }
    if (head.contains('\0') || controls * 100 > head.size()) {
        fail(VCardReaderText::tr(
            "This does not look like a text file (it holds binary data); choose a vCard "
            "(.vcf) file exported from your contacts or CRM."));
        return;
    }
    splitLines(start);
}

void VCardReader::splitLines(QByteArrayView chunk)
{
    qsizetype at = 0;
    while (at < chunk.size() && m_fatal.isEmpty()) {
        const qsizetype newline = chunk.sliced(at).indexOf('\n');
        const qsizetype end = newline < 0 ? chunk.size() : at + newline;
        const QByteArrayView piece = chunk.sliced(at, end - at);
        if (m_physicalOverflow) {
            // the rest of an overlong line: dropped
        } else if (m_physical.size() + piece.size() > m_limits.maxLineBytes) {
            m_physicalOverflow = true;
            m_physical.append(piece.first(std::min(piece.size(), overflowHeadBytes)));
            m_physicalHead = m_physical.left(overflowHeadBytes);
            m_physical.clear();
        } else {
            m_physical.append(piece.data(), piece.size());
        }
        if (newline < 0)
            break;
        endPhysicalLine();
        at = end + 1;
    }
}

void VCardReader::endPhysicalLine()
{
    ++m_lineNumber;
    if (m_physical.contains('\0')) {
        fail(VCardReaderText::tr(
                 "This does not look like a text file: line %1 holds a NUL byte, which text "
                 "never has.")
                 .arg(m_lineNumber));
        return;
    }
    if (m_physicalOverflow)
        physicalLine(m_physicalHead, true);
    else
        physicalLine(m_physical, false);
    m_physical.clear();
    m_physicalHead.clear();
    m_physicalOverflow = false;
}

void VCardReader::finish()
{
    if (m_finished)
        return;
    if (!m_sniffed && m_fatal.isEmpty())
        sniff();
    m_finished = true;
    if (!m_fatal.isEmpty())
        return;
    if (!m_physical.isEmpty() || m_physicalOverflow)
        endPhysicalLine();
    if (m_haveLogical && m_fatal.isEmpty())
        endLogical();
    if (!m_fatal.isEmpty())
        return;
    if (!m_sawContent) {
        fail(VCardReaderText::tr("The file is empty."));
        return;
    }
    if (m_card) {
        if (m_depth > 1)
            cardProblem(VCardReaderText::tr(
                            "%1 holds another card (AGENT) that never ends; the file ends inside "
                            "it.")
                            .arg(m_card->prefix()));
        else
            cardWarning(VCardReaderText::tr(
                            "%1 has no END:VCARD; the file ends inside it, so it was read to the "
                            "end.")
                            .arg(m_card->prefix()));
        endCard();
    }
    if (m_cardCount == 0)
        fail(VCardReaderText::tr("The file holds no cards (BEGIN:VCARD … END:VCARD)."));
}

QList<VCardContact> VCardReader::takeCards()
{
    return std::exchange(m_cards, {});
}

void VCardReader::physicalLine(QByteArrayView line, bool overflowed)
{
    if (line.endsWith('\r'))
        line.chop(1);
    const bool softBreak = m_haveLogical && m_logicalQuotedPrintable && m_logicalEndsWithEquals;
    const bool folded
        = m_haveLogical && !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
    if (softBreak) {
        if (!m_logicalDiscard)
            m_logical.chop(1); // QUOTED-PRINTABLE "=" at the end: the value goes on
        appendLogical(line);
    } else if (folded) {
        appendLogical(line.sliced(1));
    } else {
        if (m_haveLogical)
            endLogical();
        startLogical(line, overflowed);
        return;
    }
    if (overflowed && !m_logicalDiscard) {
        m_logicalDiscard = true;
        m_logicalTooLong = true;
        m_logical.clear();
    }
}

void VCardReader::startLogical(QByteArrayView line, bool overflowed)
{
    m_haveLogical = true;
    m_logical.clear();
    m_logicalLine = m_lineNumber;
    m_logicalName = vCardPropertyName(line);
    m_logicalQuotedPrintable = vCardLineIsQuotedPrintable(line);
    m_logicalBinary = vCardLineIsBinary(line);
    m_logicalDiscard = m_logicalBinary || overflowed;
    m_logicalTooLong = overflowed;
    m_logicalEndsWithEquals = false;
    appendLogical(line);
}

void VCardReader::appendLogical(QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        m_logicalEndsWithEquals = bytes.back() == '=';
    else
        m_logicalEndsWithEquals = false;
    if (m_logicalDiscard)
        return;
    if (m_logical.size() + bytes.size() > m_limits.maxLineBytes) {
        m_logicalDiscard = true;
        m_logicalTooLong = true;
        m_logical.clear();
        return;
    }
    m_logical.append(bytes.data(), bytes.size());
}

void VCardReader::endLogical()
{
    m_haveLogical = false;
    if (m_logicalTooLong && !m_logicalBinary) {
        const QString name = m_logicalName.isEmpty() ? VCardReaderText::tr("a property")
                                                     : QString::fromLatin1(m_logicalName);
        if (m_card)
            cardWarning(
                VCardReaderText::tr("%1: %2 on line %3 is longer than %4 KiB; it was left out.")
                    .arg(m_card->prefix(), name)
                    .arg(m_logicalLine)
                    .arg(m_limits.maxLineBytes / 1024));
        else if (!m_sawContent)
            fail(VCardReaderText::tr("This is not a vCard file: line %1 is longer than %2 KiB.")
                     .arg(m_logicalLine)
                     .arg(m_limits.maxLineBytes / 1024));
    }
    if (m_logicalDiscard) {
        m_logical.clear();
        return;
    }
    const QByteArray line = std::exchange(m_logical, {});
    if (line.trimmed().isEmpty())
        return;
    property(line, m_logicalLine);
}

void VCardReader::property(QByteArrayView line, qint64 lineNumber)
{
    const std::optional<VCardProperty> parsed = parseVCardProperty(line);
    const bool isBegin = parsed && parsed->name == "BEGIN";
    const bool isEnd = parsed && parsed->name == "END";
    const QByteArray object = parsed ? parsed->value.trimmed().toUpper() : QByteArray();
    if (!m_sawContent) {
        m_sawContent = true;
        if (!(isBegin && object == "VCARD")) {
            const QString start
                = QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 60)));
            fail(VCardReaderText::tr(
                     "This is not a vCard file: it should begin with BEGIN:VCARD, but line %1 is "
                     "“%2”. If it is a CSV file, choose CSV as the file's format.")
                     .arg(lineNumber)
                     .arg(start));
            return;
        }
    }
    if (!parsed) {
        if (m_card && m_depth == 1)
            cardWarning(
                VCardReaderText::tr("%1: line %2 is not a property (NAME:value); it was skipped.")
                    .arg(m_card->prefix())
                    .arg(lineNumber));
        else if (m_depth == 0)
            notice(VCardReaderText::tr(
                       "Line %1 is outside any card and is not a property; it was ignored.")
                       .arg(lineNumber));
        return;
    }
    if (isBegin) {
        if (m_depth == 0 && object == "VCARD") {
            beginCard(lineNumber);
            m_depth = 1;
        } else if (m_depth == 1 && m_card && object == "VCARD" && !m_agentPending) {
            cardWarning(VCardReaderText::tr(
                            "%1 has no END:VCARD; it ends where the next card begins, on line %2.")
                            .arg(m_card->prefix())
                            .arg(lineNumber));
            endCard();
            beginCard(lineNumber);
            m_depth = 1;
        } else {
            ++m_depth;
            if (m_card && m_depth == 2 && !m_card->nestedWarned) {
                m_card->nestedWarned = true;
                cardWarning(VCardReaderText::tr(
                                "%1 holds another card (AGENT) on line %2; its properties were not "
                                "imported.")
                                .arg(m_card->prefix())
                                .arg(lineNumber));
            }
            if (m_card && m_depth > m_limits.maxDepth)
                cardProblem(
                    VCardReaderText::tr("%1 nests cards more than %2 levels deep; it was skipped.")
                        .arg(m_card->prefix())
                        .arg(m_limits.maxDepth));
        }
        m_agentPending = false;
        return;
    }
    if (isEnd) {
        if (m_depth == 0) {
            notice(VCardReaderText::tr("Line %1 has END:%2 without a BEGIN; it was ignored.")
                       .arg(lineNumber)
                       .arg(QString::fromLatin1(object.left(40))));
            return;
        }
        --m_depth;
        if (m_depth == 0 && m_card)
            endCard();
        m_agentPending = false;
        return;
    }
    m_agentPending = false;
    if (m_depth == 0) {
        notice(
            VCardReaderText::tr("Line %1 is outside any card (after an END:VCARD); it was ignored.")
                .arg(lineNumber));
        return;
    }
    if (m_depth > 1 || !m_card || !m_card->contact.problem.isEmpty())
        return;
    if (parsed->name == "AGENT" && parsed->value.trimmed().isEmpty())
        m_agentPending = true;
    Card &card = *m_card;
    if (++card.properties > m_limits.maxProperties) {
        cardProblem(VCardReaderText::tr("%1 has more than %2 properties; is this a vCard file?")
                        .arg(card.prefix(), QLocale().toString(qlonglong(m_limits.maxProperties))));
        return;
    }
    card.bytes += line.size();
    if (card.bytes > m_limits.maxCardBytes) {
        cardProblem(VCardReaderText::tr("%1 is larger than %2 MiB; is this a vCard file?")
                        .arg(card.prefix())
                        .arg(m_limits.maxCardBytes / (1024 * 1024)));
        return;
    }
    QString note;
    const QString text = vCardValueText(*parsed, &note);
    if (!note.isEmpty() && !card.encodingWarned) {
        card.encodingWarned = true;
        cardWarning(VCardReaderText::tr("%1: %2 on line %3: %4.")
                        .arg(card.prefix(), QString::fromLatin1(parsed->name))
                        .arg(lineNumber)
                        .arg(note));
    }
    card.add(*parsed, text, card.properties);
}

void VCardReader::beginCard(qint64 lineNumber)
{
    m_card = std::make_shared<Card>();
    m_card->contact.number = ++m_cardCount;
    m_card->contact.line = lineNumber;
    m_agentPending = false;
}

void VCardReader::endCard()
{
    if (!m_card)
        return;
    Card &card = *m_card;
    VCardContact contact = std::move(card.contact);
    if (contact.problem.isEmpty()) {
        for (const auto &[key, value] : card.row()) {
            if (value.size() > m_limits.maxValueChars) {
                if (contact.warnings.size() < maxWarningsPerCard)
                    contact.warnings.append(
                        VCardReaderText::tr("%1: %2 is longer than %3 KiB; it was left out.")
                            .arg(card.prefix(), key)
                            .arg(m_limits.maxValueChars / 1024));
                continue;
            }
            contact.fields.insert(key, value);
            if (!m_columns.contains(key))
                m_columns.append(key);
        }
        if (contact.fields.isEmpty())
            contact.problem
                = VCardReaderText::tr("%1 holds nothing to import: no name, e-mail, phone or other "
                                      "details.")
                      .arg(card.prefix());
    }
    m_cards.append(std::move(contact));
    m_card.reset();
    m_depth = 0;
}

void VCardReader::cardProblem(const QString &message)
{
    if (m_card && m_card->contact.problem.isEmpty())
        m_card->contact.problem = message;
}

void VCardReader::cardWarning(const QString &message)
{
    if (m_card && m_card->contact.warnings.size() < maxWarningsPerCard)
        m_card->contact.warnings.append(message);
}

void VCardReader::notice(const QString &message)
{
    if (m_notices.size() < maxNotices)
        m_notices.append(message);
}

void VCardReader::fail(const QString &message)
{
    if (m_fatal.isEmpty())
        m_fatal = message;
    m_card.reset();
}

} // namespace wedsync
