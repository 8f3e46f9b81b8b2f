#pragma once
// The body of POST /organizations/{org}/sections/reorder: moves of sections to new positions
// (and widths), decoded apart from the route so malformed input can be tested alone.

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wedsync::server {

// One entry of a reorder request.
struct SectionMove
{
    QString id; // lower case
    int position = 0;
    std::optional<int> columns;
    qint64 version = 0;
    QString fieldPrefix; // "[2]" or "items[2]": prefixes the field errors of this move
};

// Reorders larger than this are refused: a dashboard has a few dozen sections.
inline constexpr qsizetype MaxReorderItems = 500;

// Decodes the list of moves, or {"items": [...]}, each {id, position, columns?, version}.
// Errors: malformed_json; validation_failed with a field per problem (ids must be distinct
// UUIDs, positions whole numbers from 0, columns whole, versions from 1, no unknown fields,
// 1 to MaxReorderItems moves); precondition_required naming the moves without a version.
Result<QList<SectionMove>> decodeMoves(const QByteArray &body);

} // namespace wedsync::server
