#include "SectionValidator.h"

#include "Role.h"
#include "WeddingPhase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// As QObject::tr: (text, disambiguation, n), so that lupdate files a %n text as plural.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("wedsync::SectionValidator", text, disambiguation, n);
}

QString validRoleNames()
{
    QStringList names;
    for (Role role : allRoles())
        names.append(roleName(role));
    return names.join(u", ");
}

QString validPhaseNames()
{
    QStringList names;
    for (WeddingPhase phase : allWeddingPhases())
        names.append(weddingPhaseName(phase));
    return names.join(u", ");
}

// Layout sizes are a property of the section grid only, so they are listed here.
const QStringList &layoutSizes()
{
    static const QStringList sizes {u"small"_s, u"medium"_s, u"large"_s, u"full"_s};
    return sizes;
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isHexColor(const QString &text)
{
    if ((text.size() != 4 && text.size() != 7) || !text.startsWith(u'#'))
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!isHexDigit(text.at(i)))
            return false;
    }
    return true;
}

// Section types end up in URLs, realtime topic names and log lines; keeping them plain
// identifiers ("guest_list") avoids every escaping question there.
bool isSectionTypeIdentifier(const QString &text)
{
    if (text.isEmpty() || text.front() < u'a' || text.front() > u'z')
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

int codePointCount(QStringView text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// Cut by code points only, for a single "character" longer than the code point cap.
QString truncateCodePoints(const QString &text, int maxCodePoints)
{
    qsizetype end = 0;
    for (int n = 0; end < text.size() && n < maxCodePoints; ++n) {
        const bool pair = text.at(end).isHighSurrogate() && end + 1 < text.size()
            && text.at(end + 1).isLowSurrogate();
        end += pair ? 2 : 1;
    }
    return text.left(end);
}

QString flattenControls(QString text)
{
    for (QChar &c : text) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph)
            c = u' ';
    }
    return text;
}

class Checker
{
public:
    QList<FieldError> errors;

    void add(const QString &field, const QString &message) { errors.append({field, message}); }

    void uuid(const QString &field, const QString &value)
    {
        if (!value.isEmpty() && !isUuid(value))
            add(field,
                tr("“%1” is not a valid id; expected a UUID such as "
                   "123e4567-e89b-12d3-a456-426614174000.")
                    .arg(value));
    }

    void roles(const QString &field, const QStringList &names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!roleFromName(names.at(i)))
                add(indexed(field, i),
                    tr("“%1” is not a role. Valid roles: %2.").arg(names.at(i), validRoleNames()));
        }
    }

    void phases(const QString &field, const QStringList &names)
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!weddingPhaseFromName(names.at(i)))
                add(indexed(field, i),
                    tr("“%1” is not a wedding phase. Valid phases: %2.")
                        .arg(names.at(i), validPhaseNames()));
        }
    }

    void length(const QString &field, const QString &value, int limit)
    {
        if (value.size() > SectionLimits::TextUnits) {
            add(field,
                tr("This text is far too long (%1 UTF-16 units; at most %2 are accepted, and it "
                   "may show %3 characters).")
                    .arg(value.size())
                    .arg(SectionLimits::TextUnits)
                    .arg(limit));
            return;
        }
        const int n = userCharacterCount(value);
        if (n > limit)
            add(field,
                tr("This text may be at most %1 characters long; it has %2.").arg(limit).arg(n));
    }

    void objectSize(const QString &field, const QJsonObject &object)
    {
        const qsizetype bytes = QJsonDocument(object).toJson(QJsonDocument::Compact).size();
        if (bytes > SectionLimits::ObjectBytes)
            add(field,
                tr("This object may take at most %1 bytes of JSON; it takes %2.")
                    .arg(SectionLimits::ObjectBytes)
                    .arg(bytes));
    }

    void columns(const QString &field, const QJsonValue &value)
    {
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n != std::trunc(n) || n < SectionLimits::MinColumns
            || n > SectionLimits::MaxColumns)
            add(field,
                tr("Columns must be a whole number between %1 and %2 (it is %3).")
                    .arg(SectionLimits::MinColumns)
                    .arg(SectionLimits::MaxColumns)
                    .arg(value.isDouble()       ? QString::number(n)
                             : value.isString() ? u'"' + value.toString().left(20) + u'"'
                                                : tr("not a number")));
    }

    void responsive(const QString &field, const QJsonObject &breakpoints)
    {
        QStringList known;
        for (const char16_t *name : SectionLimits::Breakpoints)
            known.append(QString::fromUtf16(name));
        for (auto it = breakpoints.begin(); it != breakpoints.end(); ++it) {
            const QString at = field + u'.' + it.key();
            if (!known.contains(it.key())) {
                add(at,
                    tr("“%1” is not a breakpoint. Valid breakpoints: %2.")
                        .arg(it.key(), known.join(u", ")));
                continue;
            }
            if (!it->isObject()) {
                add(at, tr("A breakpoint is an object such as {\"columns\": 6}."));
                continue;
            }
            const QJsonObject layout = it->toObject();
            for (auto key = layout.begin(); key != layout.end(); ++key) {
                if (key.key() == u"columns"_s)
                    columns(at + u".columns"_s, key.value());
                else
                    add(at + u'.' + key.key(),
                        tr("“%1” is not a breakpoint setting; only columns is.").arg(key.key()));
            }
        }
    }

private:
    static QString indexed(const QString &field, qsizetype i)
    {
        return field + u'[' + QString::number(i) + u']';
    }
};

} // namespace

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    bool allZero = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!isHexDigit(c)) {
            return false;
        } else if (c != u'0') {
            allZero = false;
        }
    }
    // The nil UUID is what an unset id looks like after a careless conversion, never a real id.
    return !allZero;
}

int userCharacterCount(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int n = 0;
    while (finder.toNextBoundary() >= 0)
        ++n;
    return n;
}

QString truncateUserCharacters(const QString &text, int maxCharacters, int maxCodePoints)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype cut = 0;
    int characters = 0;
    int codePoints = 0;
    for (qsizetype next = finder.toNextBoundary(); next >= 0; next = finder.toNextBoundary()) {
        const int segment = codePointCount(QStringView(text).sliced(cut, next - cut));
        if (characters + 1 > maxCharacters || codePoints + segment > maxCodePoints)
            break;
        ++characters;
        codePoints += segment;
        cut = next;
    }
    if (cut == 0 && !text.isEmpty() && maxCharacters > 0)
        return truncateCodePoints(text, maxCodePoints);
    return text.left(cut);
}

QList<FieldError> validateSection(const SectionConfig &s)
{
    Checker c;
    c.uuid(u"id"_s, s.id);
    c.uuid(u"organizationId"_s, s.organizationId);
    c.uuid(u"weddingId"_s, s.weddingId);

    if (s.sectionType.trimmed().isEmpty()) {
        c.add(u"sectionType"_s, tr("Choose a section type."));
    } else if (userCharacterCount(s.sectionType) > SectionLimits::SectionTypeLength) {
        c.length(u"sectionType"_s, s.sectionType, SectionLimits::SectionTypeLength);
    } else if (!isSectionTypeIdentifier(s.sectionType)) {
        c.add(u"sectionType"_s,
              tr("“%1” is not a valid section type: use lowercase letters, digits and "
                 "underscores, starting with a letter (e.g. guest_list).")
                  .arg(s.sectionType));
    }

    c.roles(u"visibility.roles"_s, s.visibility.roles);
    c.objectSize(u"visibility.conditions"_s, s.visibility.conditions);
    c.phases(u"visibility.weddingPhase"_s, s.visibility.weddingPhases);

    if (s.layout.position < 0)
        c.add(u"layout.position"_s,
              tr("The position cannot be negative (it is %1).").arg(s.layout.position));
    if (!layoutSizes().contains(s.layout.size))
        c.add(u"layout.size"_s,
              tr("“%1” is not a layout size. Valid sizes: %2.")
                  .arg(s.layout.size, layoutSizes().join(u", ")));
    if (s.layout.columns < SectionLimits::MinColumns
        || s.layout.columns > SectionLimits::MaxColumns)
        c.add(u"layout.columns"_s,
              tr("Columns must be between %1 and %2 (it is %3).")
                  .arg(SectionLimits::MinColumns)
                  .arg(SectionLimits::MaxColumns)
                  .arg(s.layout.columns));
    c.responsive(u"layout.responsive"_s, s.layout.responsive);

    c.length(u"customization.title"_s, s.customization.title, SectionLimits::TitleLength);
    if (s.customization.title.size() <= SectionLimits::TextUnits
        && codePointCount(s.customization.title) > SectionLimits::TitleCodePoints)
        c.add(u"customization.title"_s,
              tr("The title contains too many joined or combining marks to display."));
    c.length(u"customization.subtitle"_s, s.customization.subtitle, SectionLimits::SubtitleLength);
    if (!s.customization.color.isEmpty() && !isHexColor(s.customization.color))
        c.add(u"customization.color"_s,
              tr("“%1” is not a color; use a hex color such as #D4A5A5 or #FFF.")
                  .arg(s.customization.color.left(20)));
    c.length(u"customization.icon"_s, s.customization.icon, SectionLimits::IconLength);
    c.objectSize(u"customization.theme"_s, s.customization.theme);

    c.roles(u"permissions.canEdit"_s, s.permissions.canEdit);
    c.roles(u"permissions.canView"_s, s.permissions.canView);
    c.roles(u"permissions.canHide"_s, s.permissions.canHide);

    if (s.metadata.version < 1)
        c.add(u"metadata.version"_s, tr("The version must be at least 1."));
    return c.errors;
}

Result<SectionConfig> validatedSection(const SectionConfig &section)
{
    QList<FieldError> errors = validateSection(section);
    if (errors.isEmpty())
        return section;
    const int n = static_cast<int>(errors.size());
    return Error {u"validation_failed"_s,
                  tr("The section configuration has %n problem(s).", nullptr, n),
                  std::move(errors)};
}

SectionConfig sanitizeSection(SectionConfig s)
{
    s.id = s.id.trimmed();
    s.organizationId = s.organizationId.trimmed();
    s.weddingId = s.weddingId.trimmed();
    s.sectionType = s.sectionType.trimmed();

    SectionCustomization &c = s.customization;
    c.title = flattenControls(c.title).trimmed();
    // The cut can expose a space that was inside the title; trim again afterwards. A title far
    // beyond any title is not cut but refused by validateSection().
    if (c.title.size() <= SectionLimits::TextUnits)
        c.title = truncateUserCharacters(c.title, SectionLimits::TitleLength,
                                         SectionLimits::TitleCodePoints)
                      .trimmed();
    c.subtitle = flattenControls(c.subtitle).trimmed();
    c.color = c.color.trimmed();
    c.icon = c.icon.trimmed();
    return s;
}

} // namespace wedsync
