// The legend's rows (what the scene shows, in dataset order) and their layout in a corner panel.
// Core: no GL.
#include "core/figure/legend.hpp"

#include "core/figure/export_frame.hpp"

#include <algorithm>

namespace tieline::core::figure {

namespace {

// Sizes at the reference picture size, times LegendPlacement::scale.
constexpr float kLegendPixels = 12;
constexpr double kPad = 10, kRow = 19, kSwatchWidth = 28, kSwatchGap = 8, kColumnGap = 16;

struct LegendRow {
    LegendKind kind = LegendKind::Heading;
    std::string key, text;
    scene::Rgba color;
    bool arrow = false;
    bool hostile = false; // the arrow is a bar (⊣)
};

// What the scene shows, in dataset order: the legend lists only that.
std::vector<LegendRow> legendRows(const model::Dataset& data, const scene::Scene& scene, bool sources) {
    std::vector<char> types(data.tieTypes.size(), 0), groups(data.groups.size() + 1, 0);
    std::vector<int> kinds(model::kEvidenceCount, 0); // visible ties citing each kind of source
    bool approximate = false, contested = false, partial = false;
    for (const scene::SceneEdge& e : scene.edges) {
        if (e.alpha <= 0.02f) continue;
        types[data.tie(e.tie).type.index()] = 1;
        approximate |= e.approximate;
        contested |= e.contested;
        partial |= e.partial;
        model::EvidenceMask cited = 0;
        for (const model::Claim& c : data.tie(e.tie).claims)
            if (c.source.valid()) cited |= model::evidenceBit(data.source(c.source).evidence);
        for (int k = 0; k < model::kEvidenceCount; ++k)
            if (cited & model::evidenceBit(model::Evidence(k))) ++kinds[std::size_t(k)];
    }
    for (const scene::SceneNode& n : scene.nodes) {
        if (n.alpha <= 0.02f) continue;
        const model::GroupId g = data.actor(n.actor).group;
        groups[g.valid() ? g.index() : data.groups.size()] = 1;
    }
    std::vector<LegendRow> rows;
    const scene::Rgba grey = mix(scene.style.text, scene.style.background, 0.35f);
    if (std::find(types.begin(), types.end(), 1) != types.end())
        rows.push_back({LegendKind::Heading, "", "Ties", {}, false});
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (!types[i]) continue;
        const model::TieType& t = data.tieTypes[i];
        rows.push_back({LegendKind::TieType, t.key, t.label.empty() ? t.key : t.label, scene::toRgba(t.color),
                        t.directed, t.sign < 0});
    }
    if (approximate) {
        scene::Rgba faded = grey;
        faded.a *= 0.75f;
        rows.push_back({LegendKind::Approximate, "", "date approximate", faded, false});
    }
    if (contested) rows.push_back({LegendKind::Contested, "", "contested or weakly sourced", grey, false});
    if (partial) {
        scene::Rgba pale = grey;
        pale.a *= float(scene.style.partialAlpha);
        rows.push_back({LegendKind::Partial, "", "true for part of the period", pale, false});
    }
    if (std::find(groups.begin(), groups.end(), 1) != groups.end())
        rows.push_back({LegendKind::Heading, "", "Groups", {}, false});
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!groups[i]) continue;
        if (i == data.groups.size())
            rows.push_back({LegendKind::Group, "", "no group", scene::toRgba(0x9A9A9A), false});
        else
            rows.push_back({LegendKind::Group, data.groups[i].key,
                            data.groups[i].label.empty() ? data.groups[i].key : data.groups[i].label,
                            scene::toRgba(data.groups[i].color), false});
    }
    // The kinds of evidence behind the ties shown, when the dataset says any (archival first).
    bool anyKnown = false;
    for (int k = 1; k < model::kEvidenceCount; ++k)
        anyKnown |= kinds[std::size_t(k)] > 0;
    if (sources && anyKnown) {
        rows.push_back({LegendKind::Heading, "", "Sources of the ties", {}, false});
        for (int k = 1; k <= model::kEvidenceCount; ++k) {
            const int kind = k % model::kEvidenceCount; // unknown last
            const int n = kinds[std::size_t(kind)];
            if (n > 0)
                rows.push_back({LegendKind::SourceKind,
                                model::keyword(model::Evidence(kind)),
                                std::string(model::label(model::Evidence(kind))) + ": " + std::to_string(n) +
                                    (n == 1 ? " tie" : " ties"),
                                {},
                                false});
        }
    }
    return rows;
}

// A straight legend tie from a to b (with an arrowhead), as shapeEdge would make it.
scene::SceneEdge swatchLine(model::Point a, model::Point b, double u, const LegendRow& row) {
    const double width = 2.2 * u;
    scene::SceneEdge e;
    e.p0 = a;
    e.p2 = b;
    e.control = {(a.x + b.x) * 0.5, (a.y + b.y) * 0.5};
    e.width = width;
    e.color = row.color;
    e.approximate = row.kind == LegendKind::Approximate;
    e.contested = row.kind == LegendKind::Contested;
    e.dashed = e.approximate || e.contested;
    e.arrow = row.arrow;
    e.hostile = row.hostile;
    e.t0 = 0;
    e.t1 = 1;
    e.arrowTip = b;
    e.arrowBase = b;
    if (row.arrow) {
        const double length = b.x - a.x, arrowLength = 2.2 * width + 3.0 * u;
        e.arrowHalfWidth = 0.5 * arrowLength + 0.3 * width;
        e.t1 = std::clamp(1.0 - arrowLength / length, 0.0, 1.0);
        e.arrowBase = scene::edgePoint(e, e.t1);
    }
    return e;
}

} // namespace

const char* keyword(LegendKind kind) {
    switch (kind) {
    case LegendKind::Heading:
        return "heading";
    case LegendKind::TieType:
        return "tie-type";
    case LegendKind::Approximate:
        return "approximate";
    case LegendKind::Contested:
        return "contested";
    case LegendKind::Partial:
        return "partial";
    case LegendKind::Group:
        return "group";
    case LegendKind::SourceKind:
        return "source-kind";
    }
    return "";
}

void LegendLayout::clear() {
    box = scene::Bounds{};
    panel = -1;
    items.clear();
}

void layoutLegend(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                  const LegendPlacement& where, Overlay& overlay, LegendLayout& legend) {
    legend.clear();
    std::vector<LegendRow> rows = legendRows(data, scene, where.sources);
    if (rows.empty() || where.area.empty) return;
    if (where.collapsed) rows = {{LegendKind::Heading, "", kLegendChip, {}, false}};
    const double u = where.scale;
    const float pixels = float(kLegendPixels * u);
    const double tight = where.compact ? 0.75 : 1.0;
    const double pad = kPad * u * tight, rowHeight = (where.compact ? 15.0 : kRow) * u,
                 swatch = kSwatchWidth * u * tight, gap = kSwatchGap * u * tight, inset = where.inset * u;
    // The rows' columns: wrapped every `perColumn` rows, or (sections) a column per section.
    struct Arrangement {
        std::vector<LegendRow> rows;
        std::vector<std::size_t> column, place;
        std::vector<double> columnWidth;
        double width = 0;
        std::size_t tallest = 0;
    };
    const auto arrange = [&](std::vector<LegendRow> in, double share, bool sections) {
        const double room = std::max(rowHeight, (where.area.height() - 2 * inset) * share - 2 * pad);
        const std::size_t perColumn = std::max<std::size_t>(1, std::size_t(room / rowHeight));
        Arrangement a;
        a.column.resize(in.size()), a.place.resize(in.size());
        for (std::size_t i = 0; i < in.size(); ++i)
            a.column[i] = i / perColumn, a.place[i] = i % perColumn;
        if (sections && in.size() > perColumn) {
            // Side by side the sections need no headings: lines are ties, discs are groups.
            std::vector<LegendRow> bare;
            std::vector<std::size_t> byColumn, inColumn;
            std::size_t tallest = 0, c = 0, k = 0;
            for (const LegendRow& row : in) {
                if (row.kind == LegendKind::Heading) {
                    if (!bare.empty()) ++c, k = 0;
                    continue;
                }
                bare.push_back(row);
                byColumn.push_back(c), inColumn.push_back(k++);
                tallest = std::max(tallest, k);
            }
            if (tallest <= perColumn && !bare.empty()) {
                in = std::move(bare);
                a.column = std::move(byColumn), a.place = std::move(inColumn);
            }
        }
        a.rows = std::move(in);
        a.columnWidth.assign(a.column.back() + 1, 0.0);
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            const double text = metrics.width(a.rows[i].text, pixels);
            const bool heading = a.rows[i].kind == LegendKind::Heading;
            const bool textOnly = a.rows[i].kind == LegendKind::SourceKind;
            double& w = a.columnWidth[a.column[i]];
            w = std::max(w, heading ? text : textOnly ? gap + text : swatch + gap + text);
            a.tallest = std::max(a.tallest, a.place[i] + 1);
        }
        a.width = 2 * pad + kColumnGap * u * tight * double(a.columnWidth.size() - 1);
        for (double w : a.columnWidth)
            a.width += w;
        return a;
    };
    Arrangement laid = arrange(rows, where.maxHeightShare, where.sectionColumns);
    // Too wide for its area side by side (the window's story caption beside it): one tall column.
    if (where.sectionColumns && laid.width > where.area.width() - 2 * inset) {
        Arrangement tall = arrange(rows, 1.0, false);
        if (tall.width < laid.width) laid = std::move(tall);
    }
    rows = std::move(laid.rows);
    const std::vector<std::size_t>& column = laid.column;
    const std::vector<std::size_t>& place = laid.place;
    const std::vector<double>& columnWidth = laid.columnWidth;
    const std::size_t tallest = laid.tallest;
    const double width = laid.width;
    const double height = 2 * pad + rowHeight * double(tallest);
    const bool right = where.corner == LegendCorner::TopRight || where.corner == LegendCorner::BottomRight;
    const bool top = where.corner == LegendCorner::TopRight || where.corner == LegendCorner::TopLeft;
    const double x0 = right ? where.area.maxX - inset - width : where.area.minX + inset;
    const double y0 = top ? where.area.minY + inset : where.area.maxY - inset - height;
    legend.box.add(x0, y0);
    legend.box.add(x0 + width, y0 + height);

    OverlayPanel panel = styledPanel(scene.style, u, where.fillAlpha);
    panel.x0 = x0, panel.y0 = y0, panel.x1 = x0 + width, panel.y1 = y0 + height;
    legend.panel = int(overlay.panels.size());
    overlay.panels.push_back(panel);

    double columnX = x0 + pad;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && column[i] != column[i - 1])
            columnX += columnWidth[column[i - 1]] + kColumnGap * u * tight;
        const LegendRow& row = rows[i];
        const double rowTop = y0 + pad + rowHeight * double(place[i]);
        const double middle = rowTop + rowHeight * 0.5;
        LegendItem item;
        item.kind = row.kind;
        item.key = row.key;
        OverlayText text;
        text.pixels = pixels;
        text.color = scene.style.text;
        text.halo = false;
        text.baseline = middle - metrics.lineHeight(pixels) * 0.5 + metrics.ascent(pixels);
        text.x = row.kind == LegendKind::Heading      ? columnX
                 : row.kind == LegendKind::SourceKind ? columnX + gap
                                                      : columnX + swatch + gap;
        text.text = row.text;
        if (row.kind == LegendKind::Heading && !where.collapsed) text.color.a = 0.6f;
        item.text = int(overlay.texts.size());
        overlay.texts.push_back(text);
        if (row.kind == LegendKind::TieType || row.kind == LegendKind::Approximate ||
            row.kind == LegendKind::Contested || row.kind == LegendKind::Partial) {
            item.line = int(overlay.lines.size());
            overlay.lines.push_back(swatchLine({columnX, middle}, {columnX + swatch, middle}, u, row));
        } else if (row.kind == LegendKind::Group) {
            scene::SceneNode n;
            n.center = {columnX + swatch * 0.5, middle};
            n.radius = 5.5 * u;
            n.fill = row.color;
            n.outline = scene::mix(
                n.fill, scene.style.dark ? scene::Rgba{0, 0, 0, 1} : scene::Rgba{0.2f, 0.2f, 0.2f, 1}, 0.45f);
            item.disc = int(overlay.discs.size());
            overlay.discs.push_back(n);
        }
        legend.items.push_back(std::move(item));
    }
}

scene::Bounds legendBox(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                        const LegendPlacement& where) {
    Overlay scratch;
    LegendLayout legend;
    layoutLegend(data, scene, metrics, where, scratch, legend);
    return legend.box;
}

LegendPlacement canvasLegendPlacement(const scene::Bounds& canvas, double framebufferScale, bool collapsed) {
    LegendPlacement where;
    where.area = canvas;
    where.scale = framebufferScale; // text of 12 px, a little under the labels' 13
    where.corner = LegendCorner::TopRight;
    where.inset = 10;
    where.maxHeightShare = 0.45; // past that, ties and groups side by side
    where.sectionColumns = true;
    where.compact = true;
    where.sources = false; // the Sources tab says that in the window
    where.fillAlpha = 0.78f;
    where.collapsed = collapsed;
    return where;
}

} // namespace tieline::core::figure
