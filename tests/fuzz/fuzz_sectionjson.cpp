// libFuzzer target: the JSON section codec and patch merge, as the server runs them on request
// bodies. The input is decoded as a whole section and applied as a patch to a valid one; what
// the codec accepts, it must write and read back.
#include "SectionJson.h"
#include "SectionValidator.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace wedsync;

namespace {

void checkRoundTrip(const SectionConfig &section)
{
    const SectionConfig clean = sanitizeSection(section);
    (void)validateSection(clean);
    if (!sectionFromJson(sectionToJson(clean)))
        std::abort(); // the codec cannot read what it wrote
}

SectionConfig baseSection()
{
    SectionConfig section;
    section.id = QStringLiteral("4f3c2d1e-0000-4000-8000-000000000001");
    section.organizationId = QStringLiteral("4f3c2d1e-0000-4000-8000-0000000000aa");
    return section;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto section = sectionFromJson(bytes))
        checkRoundTrip(section.value());

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        static const SectionConfig base = baseSection();
        if (auto patched = applySectionPatch(base, document.object()))
            checkRoundTrip(patched.value());
    } else if (document.isArray()) {
        if (auto sections = sectionsFromJson(document.array())) {
            for (const SectionConfig &section : sections.value())
                checkRoundTrip(section);
        }
    }
    return 0;
}
