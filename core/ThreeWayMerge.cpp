#include "ThreeWayMerge.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace wedsync {

namespace {

QString joined(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

bool unordered(QStringView path, const MergeOptions &options)
{
    return options.unorderedArray ? options.unorderedArray(path) : sectionRoleListPath(path);
}

// The members of an array as sortable text, for the set comparison.
QStringList memberTexts(const QJsonArray &array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isString())
            out.append(u's' + value.toString());
        else
            out.append(QString::fromUtf8(
                QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool isObject(const QJsonValue &value)
{
    return value.isObject();
}

// Both sides are objects and the base is one too (or absent): the merge goes into them.
bool recursible(const QJsonValue &base, const QJsonValue &mine, const QJsonValue &theirs)
{
    return isObject(mine) && isObject(theirs) && (base.isUndefined() || isObject(base));
}

class Merger
{
public:
    Merger(const MergeOptions &options, bool baseKnown, QList<MergeField> *fields)
        : m_options(options)
        , m_baseKnown(baseKnown)
        , m_fields(fields)
    { }

    QJsonObject mergeObjects(const QString &prefix, const QJsonObject &base,
                             const QJsonObject &mine, const QJsonObject &theirs)
    {
        QJsonObject out;
        QStringList keys = base.keys();
        for (const QJsonObject *side : {&mine, &theirs}) {
            for (auto it = side->begin(); it != side->end(); ++it) {
                if (!base.contains(it.key()) && (side == &mine || !mine.contains(it.key())))
                    keys.append(it.key());
            }
        }
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue merged = mergeValue(joined(prefix, key), base.value(key),
                                                 mine.value(key), theirs.value(key));
            if (!merged.isUndefined())
                out.insert(key, merged);
        }
        return out;
    }

private:
    bool same(const QJsonValue &a, const QJsonValue &b, const QString &path) const
    {
        return sameJson(a, b, path, m_options);
    }

    QJsonValue record(const QString &path, MergeFieldKind kind, const QJsonValue &base,
                      const QJsonValue &mine, const QJsonValue &theirs)
    {
        m_fields->append({path, kind, base, mine, theirs});
        switch (kind) {
        case MergeFieldKind::Unchanged:
        case MergeFieldKind::Mine:
        case MergeFieldKind::Both:
            return mine;
        case MergeFieldKind::Theirs:
            return theirs;
        case MergeFieldKind::Conflict:
            return base;
        }
        return base;
    }

    QJsonValue mergeValue(const QString &path, const QJsonValue &base, const QJsonValue &mine,
                          const QJsonValue &theirs)
    {
        if (recursible(base, mine, theirs))
            return mergeObjects(path, base.toObject(), mine.toObject(), theirs.toObject());
        if (!m_baseKnown) {
            if (mine.isUndefined())
                return record(path, MergeFieldKind::Theirs, base, mine, theirs);
            if (theirs.isUndefined())
                return record(path, MergeFieldKind::Mine, base, mine, theirs);
            return record(
                path, same(mine, theirs, path) ? MergeFieldKind::Both : MergeFieldKind::Conflict,
                base, mine, theirs);
        }
        const bool mineSame = same(base, mine, path);
        const bool theirsSame = same(base, theirs, path);
        if (mineSame && theirsSame)
            return record(path, MergeFieldKind::Unchanged, base, mine, theirs);
        if (mineSame)
            return record(path, MergeFieldKind::Theirs, base, mine, theirs);
        if (theirsSame)
            return record(path, MergeFieldKind::Mine, base, mine, theirs);
        if (same(mine, theirs, path))
            return record(path, MergeFieldKind::Both, base, mine, theirs);
        // Objects whose base was something else (a type change on both sides), a removal
        // against a change, or two different values: a person decides.
        return record(path, MergeFieldKind::Conflict, base, mine, theirs);
    }

    const MergeOptions &m_options;
    bool m_baseKnown;
    QList<MergeField> *m_fields;
};

} // namespace

QString mergeFieldKindName(MergeFieldKind kind)
{
    switch (kind) {
    case MergeFieldKind::Unchanged:
        return u"unchanged"_s;
    case MergeFieldKind::Mine:
        return u"mine"_s;
    case MergeFieldKind::Theirs:
        return u"theirs"_s;
    case MergeFieldKind::Both:
        return u"both"_s;
    case MergeFieldKind::Conflict:
        return u"conflict"_s;
    }
    return {};
}

bool MergeResult::hasConflicts() const
{
    return std::any_of(fields.cbegin(), fields.cend(),
                       [](const MergeField &f) { return f.kind == MergeFieldKind::Conflict; });
}

QStringList MergeResult::conflictPaths() const
{
    QStringList out;
    for (const MergeField &field : fields) {
        if (field.kind == MergeFieldKind::Conflict)
            out.append(field.path);
    }
    return out;
}

bool sectionRoleListPath(QStringView path)
{
    static const QStringView lists[]
        = {u"visibility.roles", u"permissions.canView", u"permissions.canEdit",
           u"permissions.canHide", u"visibility.weddingPhase"};
    return std::any_of(std::begin(lists), std::end(lists), [path](QStringView list) {
        return path == list
            || (path.endsWith(list) && path.at(path.size() - list.size() - 1) == u'.');
    });
}

namespace {
bool setIn(QJsonValue *node, const QList<QStringView> &keys, qsizetype at, const QJsonValue &value)
{
    const QString key = keys.at(at).toString();
    const bool last = at == keys.size() - 1;
    const bool removing = value.isUndefined();
    if (node->isArray()) {
        QJsonArray array = node->toArray();
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (!isIndex || index < 0 || index >= array.size())
            return false;
        QJsonValue child = array.at(index);
        if (last && removing)
            array.removeAt(index);
        else if (last)
            child = value;
        else if (!setIn(&child, keys, at + 1, value))
            return false;
        if (!(last && removing))
            array.replace(index, child);
        *node = array;
        return true;
    }
    if (!node->isObject() && !node->isUndefined() && !node->isNull())
        return false;
    QJsonObject object = node->toObject();
    if (last) {
        if (removing)
            object.remove(key);
        else
            object.insert(key, value);
    } else {
        QJsonValue child = object.value(key);
        if (removing && (child.isUndefined() || child.isNull()))
            return true; // nothing there to remove
        if (!setIn(&child, keys, at + 1, value))
            return false;
        object.insert(key, child);
    }
    *node = object;
    return true;
}
} // namespace

bool setJsonPath(QJsonObject *document, QStringView path, const QJsonValue &value)
{
    const QList<QStringView> keys = path.split(u'.');
    if (path.isEmpty() || keys.contains(QStringView()))
        return false;
    QJsonValue root(*document);
    if (!setIn(&root, keys, 0, value))
        return false;
    *document = root.toObject();
    return true;
}

QJsonValue jsonAtPath(const QJsonObject &document, QStringView path)
{
    const qsizetype dot = path.indexOf(u'.');
    const QJsonValue value = document.value((dot < 0 ? path : path.left(dot)).toString());
    if (dot < 0)
        return value;
    if (!value.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return jsonAtPath(value.toObject(), path.mid(dot + 1));
}

namespace {
void collectLeaves(const QString &prefix, const QJsonObject &object,
                   QList<std::pair<QString, QJsonValue>> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = joined(prefix, it.key());
        if (it->isObject() && !it->toObject().isEmpty())
            collectLeaves(path, it->toObject(), out);
        else
            out->append({path, it.value()});
    }
}
} // namespace

QList<std::pair<QString, QJsonValue>> jsonLeaves(const QJsonObject &document)
{
    QList<std::pair<QString, QJsonValue>> out;
    collectLeaves({}, document, &out);
    return out;
}

namespace {
// One object of the tree jsonFromLeaves builds: its keys in first-seen order, or a leaf value.
struct LeafNode
{
    QJsonValue leaf {QJsonValue::Undefined};
    QList<std::pair<QString, qsizetype>> children;
};

QJsonValue buildNode(const std::vector<LeafNode> &nodes, qsizetype index)
{
    const LeafNode &node = nodes[size_t(index)];
    if (node.children.isEmpty())
        return node.leaf;
    QJsonObject out;
    for (const auto &[key, child] : node.children)
        out.insert(key, buildNode(nodes, child));
    return out;
}
} // namespace

QJsonObject jsonFromLeaves(const QList<std::pair<QString, QJsonValue>> &leaves)
{
    std::vector<LeafNode> nodes(1);
    for (const auto &[path, value] : leaves) {
        qsizetype current = 0;
        for (QStringView segment : QStringView(path).split(u'.')) {
            qsizetype next = -1;
            for (const auto &[key, child] : nodes[size_t(current)].children) {
                if (key == segment) {
                    next = child;
                    break;
                }
            }
            if (next < 0) {
                next = qsizetype(nodes.size());
                nodes[size_t(current)].children.append({segment.toString(), next});
                nodes.emplace_back();
            }
            current = next;
        }
        nodes[size_t(current)].leaf = value;
        nodes[size_t(current)].children.clear(); // a later leaf replaces what was below it
    }
    return buildNode(nodes, 0).toObject();
}

bool sameJson(const QJsonValue &a, const QJsonValue &b, QStringView path,
              const MergeOptions &options)
{
    if (a.type() != b.type())
        return false;
    if (a.isArray()) {
        const QJsonArray left = a.toArray();
        const QJsonArray right = b.toArray();
        if (unordered(path, options))
            return memberTexts(left) == memberTexts(right);
        return left == right;
    }
    if (a.isObject()) {
        const QJsonObject left = a.toObject();
        const QJsonObject right = b.toObject();
        if (left.size() != right.size())
            return false;
        for (auto it = left.begin(); it != left.end(); ++it) {
            const auto other = right.constFind(it.key());
            if (other == right.constEnd())
                return false;
            const QString child = path.isEmpty() ? it.key() : path.toString() + u'.' + it.key();
            if (!sameJson(it.value(), other.value(), child, options))
                return false;
        }
        return true;
    }
    return a == b;
}

MergeResult threeWayMerge(const std::optional<QJsonObject> &base, const QJsonObject &mine,
                          const QJsonObject &theirs, const MergeOptions &options)
{
    MergeResult result;
    Merger merger(options, base.has_value(), &result.fields);
    result.merged = merger.mergeObjects({}, base.value_or(QJsonObject()), mine, theirs);
    return result;
}

Result<QJsonObject> applyMergeChoices(const MergeResult &result,
                                      const QHash<QString, FieldChoice> &choices)
{
    QList<FieldError> problems;
    QHash<QString, const MergeField *> byPath;
    for (const MergeField &field : result.fields)
        byPath.insert(field.path, &field);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!byPath.contains(it.key()))
            problems.append({it.key(), u"This is not a field of the conflict."_s});
    }
    QJsonObject document = result.merged;
    for (const MergeField &field : result.fields) {
        const auto choice = choices.constFind(field.path);
        if (choice == choices.cend()) {
            if (field.kind == MergeFieldKind::Conflict)
                problems.append({field.path, u"Choose mine, theirs or a value for this field."_s});
            continue;
        }
        switch (choice->side) {
        case FieldChoice::Side::Mine:
            setJsonPath(&document, field.path, field.mine);
            break;
        case FieldChoice::Side::Theirs:
            setJsonPath(&document, field.path, field.theirs);
            break;
        case FieldChoice::Side::Custom:
            setJsonPath(&document, field.path, choice->value);
            break;
        }
    }
    if (!problems.isEmpty())
        return Error {u"validation_failed"_s,
                      u"Some fields of the merge have no valid choice; see details.fields."_s,
                      problems};
    return document;
}

QJsonObject mergeTakingSide(const MergeResult &result, FieldChoice::Side side)
{
    QJsonObject document = result.merged;
    for (const MergeField &field : result.fields) {
        if (field.kind == MergeFieldKind::Conflict)
            setJsonPath(&document, field.path,
                        side == FieldChoice::Side::Mine ? field.mine : field.theirs);
    }
    return document;
}

} // namespace wedsync
