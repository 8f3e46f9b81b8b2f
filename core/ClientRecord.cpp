// A normalised CRM client: its checks, its JSON and its content hash.
#include "ClientRecord.h"

#include "ClientFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

// Messages in the context "wedsync::ClientRecord" (lupdate reads it from the macro).
struct ClientRecordText
{
    Q_DECLARE_TR_FUNCTIONS(wedsync::ClientRecord)
};

QString quoted(const QString &value)
{
    return u'“' + value.left(100) + u'”';
}

} // namespace

bool isPlausibleEmail(QStringView email)
{
    if (email.isEmpty() || email.size() > 254)
        return false;
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at > 64)
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>'
            || c == u',' || c == u';' || c == u'"' || c == u'(' || c == u')' || c == u'\\')
            return false;
    }
    const QStringView domain = email.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1 || domain.contains(u"..") || domain.startsWith(u'.')
        || domain.startsWith(u'-'))
        return false;
    const QStringView local = email.left(at);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u"..");
}

QString ClientRecord::value(QStringView field) const
{
    return m_fields.value(field.toString());
}

bool ClientRecord::has(QStringView field) const
{
    return m_fields.contains(field.toString());
}

void ClientRecord::setValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        m_fields.remove(field);
    else
        m_fields.insert(field, value);
}

QStringList ClientRecord::fields() const
{
    QStringList out;
    for (const QString &field : standardClientFields()) {
        if (m_fields.contains(field))
            out.append(field);
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        if (!isStandardClientField(it.key()))
            out.append(it.key()); // QMap: sorted
    }
    return out;
}

QString ClientRecord::emailKey() const
{
    return value(u"email").trimmed().toLower();
}

QString ClientRecord::displayName() const
{
    const QString full = value(u"full_name").trimmed();
    if (!full.isEmpty())
        return full;
    const QString joined
        = QString(value(u"first_name").trimmed() + u' ' + value(u"last_name").trimmed()).trimmed();
    if (!joined.isEmpty())
        return joined;
    return value(u"email").trimmed();
}

QList<ClientProblem> ClientRecord::problems() const
{
    using namespace clientproblem;
    QList<ClientProblem> out;
    const bool hasName = !value(u"full_name").trimmed().isEmpty()
        || !value(u"first_name").trimmed().isEmpty() || !value(u"last_name").trimmed().isEmpty();
    if (emailKey().isEmpty() && !hasName)
        out.append({NoNameOrEmail.toString(), {}, {}});
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString &field = it.key();
        const QString &text = it.value();
        const auto refused = [&](QStringView code) {
            out.append({code.toString(), field, text.left(100)});
        };
        if (!isClientField(field)) {
            out.append({UnknownField.toString(), field, {}});
            continue;
        }
        if (text.size() > maxValueLength) {
            out.append({TooLong.toString(), field, {}});
            continue;
        }
        if ((field == u"email"_s || field == u"partner_email"_s)
            && !isPlausibleEmail(text.trimmed())) {
            refused(NotEmail);
        } else if (field == u"wedding_date"_s && !QDate::fromString(text, Qt::ISODate).isValid()) {
            refused(NotDate);
        } else if (field == u"guest_count"_s) {
            static const QRegularExpression count(u"^\\d{1,9}$"_s);
            if (!count.match(text).hasMatch())
                refused(NotGuestCount);
        } else if (field == u"budget"_s) {
            static const QRegularExpression number(u"^-?\\d{1,15}(\\.\\d{1,4})?$"_s);
            if (!number.match(text).hasMatch())
                refused(NotAmount);
        }
    }
    return out;
}

QString ClientRecord::problemText(const ClientProblem &problem)
{
    using namespace clientproblem;
    const QString &code = problem.code;
    if (code == NoNameOrEmail)
        return ClientRecordText::tr("The client has neither an e-mail address nor a name.");
    if (code == UnknownField)
        return clientFieldProblem(problem.field);
    if (code == TooLong)
        return ClientRecordText::tr("%1 is longer than %2 characters.")
            .arg(clientFieldLabel(problem.field), QLocale().toString(maxValueLength));
    if (code == NotEmail)
        return ClientRecordText::tr("%1 is not an e-mail address.").arg(quoted(problem.value));
    if (code == NotDate)
        return ClientRecordText::tr("%1 is not a date in the form yyyy-MM-dd.")
            .arg(quoted(problem.value));
    if (code == NotGuestCount)
        return ClientRecordText::tr("%1 is not a whole number of guests.")
            .arg(quoted(problem.value));
    if (code == NotAmount)
        return ClientRecordText::tr("%1 is not an amount such as 12500.00.")
            .arg(quoted(problem.value));
    return {};
}

QList<FieldError> ClientRecord::validate() const
{
    QList<FieldError> errors;
    for (const ClientProblem &problem : problems())
        errors.append({problem.field, problemText(problem)});
    return errors;
}

QJsonObject ClientRecord::toJson() const
{
    QJsonObject object;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Result<ClientRecord> ClientRecord::fromJson(const QJsonObject &object)
{
    ClientRecord record;
    QList<FieldError> errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.key();
        if (!isClientField(field)) {
            errors.append({field, clientFieldProblem(field)});
            continue;
        }
        const QJsonValue value = it.value();
        if (value.isString())
            record.setValue(field, value.toString());
        else if (value.isDouble())
            record.setValue(field, QString::number(value.toDouble(), 'g', 15));
        else if (!value.isNull())
            errors.append({field, ClientRecordText::tr("Must be a string.")});
    }
    if (!errors.isEmpty())
        return Error {u"validation_failed"_s,
                      ClientRecordText::tr("The client's fields could not be read."), errors};
    return record;
}

QByteArray ClientRecord::canonicalJson() const
{
    // QJsonObject keeps its keys sorted and Compact has no spaces: the same fields always
    // give the same bytes.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

QString ClientRecord::contentHash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

} // namespace wedsync
