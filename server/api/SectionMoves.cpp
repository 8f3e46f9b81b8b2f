#include "api/SectionMoves.h"

#include "common/Ids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace wedsync::server {

namespace {

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) <= 9007199254740991.0;
}

} // namespace

Result<QList<SectionMove>> decodeMoves(const QByteArray &body)
{
    // The body is the list itself, or {"items": [...]}.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {u"malformed_json"_s, u"The body is not valid JSON."_s, {}};
    QJsonArray items;
    QString listPath;
    if (document.isArray()) {
        items = document.array();
    } else if (document.object().value(u"items"_s).isArray()) {
        items = document.object().value(u"items"_s).toArray();
        listPath = u"items"_s;
    } else {
        return Error {u"validation_failed"_s,
                      u"Send the moves as a list, or as {\"items\": [...]}."_s,
                      {{u"items"_s, u"A list of {id, position, columns, version} is required."_s}}};
    }
    if (items.isEmpty() || items.size() > MaxReorderItems) {
        return Error {u"validation_failed"_s,
                      u"Send between 1 and %1 moves."_s.arg(MaxReorderItems),
                      {{listPath, u"Between 1 and %1 entries."_s.arg(MaxReorderItems)}}};
    }

    QList<SectionMove> moves;
    QList<FieldError> problems;
    QList<FieldError> unversioned;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        SectionMove move;
        move.fieldPrefix = listPath + u'[' + QString::number(i) + u']';
        const auto field = [&](const QString &name) -> QString {
            return move.fieldPrefix + u'.' + name;
        };
        const QJsonObject item = items.at(i).toObject();
        if (!items.at(i).isObject()) {
            problems.append(
                {move.fieldPrefix, u"Each move is an object {id, position, columns, version}."_s});
            continue;
        }
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (!QStringList {u"id"_s, u"position"_s, u"columns"_s, u"version"_s}.contains(
                    it.key()))
                problems.append(
                    {field(it.key()),
                     u"Unknown field; a move has id, position, columns and version."_s});
        }
        const QString id = item.value(u"id"_s).toString().trimmed();
        if (!ids::isUuid(id))
            problems.append({field(u"id"_s), u"The id of a section (a UUID) is required."_s});
        else if (seen.contains(ids::normalized(id)))
            problems.append({field(u"id"_s), u"This section is already moved by another entry."_s});
        else
            seen.insert(move.id = ids::normalized(id));
        if (!isInteger(item.value(u"position"_s)) || item.value(u"position"_s).toDouble() < 0
            || item.value(u"position"_s).toDouble() > 1000000)
            problems.append(
                {field(u"position"_s), u"The new position is required: a whole number from 0."_s});
        else
            move.position = item.value(u"position"_s).toInt();
        if (item.contains(u"columns"_s)) {
            if (!isInteger(item.value(u"columns"_s)))
                problems.append(
                    {field(u"columns"_s), u"Columns must be a whole number from 1 to 12."_s});
            else
                move.columns = int(qBound(-1.0, item.value(u"columns"_s).toDouble(), 1000.0));
        }
        if (!item.contains(u"version"_s) || item.value(u"version"_s).isNull())
            unversioned.append({field(u"version"_s), u"The version you moved is required."_s});
        else if (!isInteger(item.value(u"version"_s)) || item.value(u"version"_s).toDouble() < 1)
            problems.append({field(u"version"_s), u"The version is a whole number from 1."_s});
        else
            move.version = item.value(u"version"_s).toInteger();
        moves.append(move);
    }
    if (!problems.isEmpty())
        return Error {u"validation_failed"_s, u"Some moves are not valid; see details.fields."_s,
                      problems};
    if (!unversioned.isEmpty()) {
        return Error {u"precondition_required"_s,
                      u"Every move needs the version of the section you moved, so that nobody's "
                      "change is overwritten unseen."_s,
                      unversioned};
    }
    return moves;
}

} // namespace wedsync::server
