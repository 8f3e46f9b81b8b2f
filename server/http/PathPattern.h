#pragma once
// A route's path with typed parameters, e.g. "/api/v1/organizations/{org:uuid}/sections".
//
// Parameter types: uuid (default when no type is given), slug ([a-z0-9_-], 1..64 chars) and
// string (any non-empty segment). A path with the right shape but a badly typed parameter
// matches structurally and is then refused with 400 "invalid_id" by the router: the caller
// learns that the id is malformed rather than that the route does not exist.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wedsync::server {

class PathPattern
{
public:
    enum class ParamType { Uuid, Slug, String };

    struct Segment
    {
        QString literal; // empty for a parameter
        QString name; // parameter name
        ParamType type = ParamType::Uuid;
        bool isParameter() const { return !name.isEmpty(); }
    };

    struct Parameter
    {
        QString name;
        ParamType type;
    };

    // Returns nullopt for a malformed pattern (a programming error, reported at start-up).
    static std::optional<PathPattern> parse(const QString &pattern);

    const QString &pattern() const { return m_pattern; }
    // "/api/v1/organizations/{org}/sections", as OpenAPI writes paths.
    QString openApiPath() const;
    QList<Parameter> parameters() const;
    // "/items/{}": equal for patterns that match the same paths whatever their names.
    QString shape() const;
    // Number of literal segments: a more literal pattern wins over a parameter ("/x/reorder"
    // over "/x/{id}").
    int literalCount() const;

    // Segments of a request path (split on '/', percent-decoded).
    static QStringList splitPath(const QString &encodedPath);

    // Structural match: same length and equal literals. Fills `raw` with the parameter values.
    bool matches(const QStringList &segments, QHash<QString, QString> *raw) const;
    // Checks and normalises typed parameters; returns the name of the first bad one, if any.
    std::optional<QString> validate(QHash<QString, QString> *params) const;

    static QString typeName(ParamType type);

private:
    QString m_pattern;
    QList<Segment> m_segments;
};

} // namespace wedsync::server
