// PNG chunks (signature, IHDR, one IDAT, IEND) around a zlib stream of Up-filtered rows.
#include "exporter/png_encoder.hpp"

#include "core/io/atomic_file.hpp"

#include <zlib.h>

#include <cstdint>
#include <vector>

namespace tieline::exporter {

namespace {

constexpr int kLevel = 2; // zlib level: 1-3 are within a few percent in size here, and fast

void put32(std::string& out, std::uint32_t v) {
    const char bytes[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(bytes, 4);
}

// Appends a chunk whose data is already at out[start + 8 ...]: fills in its length and adds the CRC.
void closeChunk(std::string& out, std::size_t start) {
    const auto length = std::uint32_t(out.size() - start - 8);
    for (int i = 0; i < 4; ++i)
        out[start + std::size_t(i)] = char(length >> (24 - 8 * i));
    const auto* type = reinterpret_cast<const Bytef*>(out.data() + start + 4);
    put32(out, std::uint32_t(crc32(0L, type, uInt(length + 4))));
}

std::size_t openChunk(std::string& out, const char* type) {
    const std::size_t start = out.size();
    out.append(4, '\0');
    out.append(type, 4);
    return start;
}

} // namespace

bool encodePng(const render::Image& image, std::string& out, std::string& error) {
    const std::size_t w = std::size_t(image.width), h = std::size_t(image.height), row = w * 4;
    if (w == 0 || h == 0 || image.rgba.size() != row * h) {
        error = "cannot encode an empty picture as PNG";
        return false;
    }
    out.append("\x89PNG\r\n\x1a\n", 8);
    std::size_t chunk = openChunk(out, "IHDR");
    put32(out, std::uint32_t(w));
    put32(out, std::uint32_t(h));
    out.append("\x08\x06\x00\x00\x00", 5); // 8 bits, RGBA, deflate, adaptive filters, no interlace
    closeChunk(out, chunk);

    chunk = openChunk(out, "IDAT");
    z_stream z{};
    if (deflateInit(&z, kLevel) != Z_OK) {
        error = "cannot start zlib";
        return false;
    }
    // Up filter: each byte minus the one above it; the smooth backdrop and flat areas become zeros.
    std::vector<Bytef> filtered(row + 1);
    std::vector<Bytef> buffer(1 << 18);
    for (std::size_t y = 0; y <= h; ++y) {
        const bool last = y == h;
        if (!last) {
            const std::uint8_t* cur = image.rgba.data() + y * row;
            filtered[0] = y == 0 ? 0 : 2;
            if (y == 0) {
                for (std::size_t i = 0; i < row; ++i)
                    filtered[i + 1] = cur[i];
            } else {
                const std::uint8_t* up = cur - row;
                for (std::size_t i = 0; i < row; ++i)
                    filtered[i + 1] = Bytef(cur[i] - up[i]);
            }
            z.next_in = filtered.data();
            z.avail_in = uInt(row + 1);
        }
        int rc = Z_OK;
        do {
            z.next_out = buffer.data();
            z.avail_out = uInt(buffer.size());
            rc = deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - z.avail_out);
        } while (z.avail_out == 0 || (last && rc != Z_STREAM_END));
        if (rc == Z_STREAM_ERROR) {
            deflateEnd(&z);
            error = "zlib failed while encoding the PNG";
            return false;
        }
    }
    deflateEnd(&z);
    closeChunk(out, chunk);
    closeChunk(out, openChunk(out, "IEND"));
    return true;
}

bool writeExportPng(const std::string& path, const render::Image& image, std::string& error) {
    std::string bytes;
    bytes.reserve(image.rgba.size() / 4);
    if (!encodePng(image, bytes, error)) {
        error = "cannot write " + path + ": " + error;
        return false;
    }
    return core::io::writeFileAtomic(path, bytes, error);
}

} // namespace tieline::exporter
