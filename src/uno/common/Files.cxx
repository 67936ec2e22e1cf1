#include "Files.hxx"

#include <com/sun/star/io/XInputStream.hpp>

using namespace css;

namespace gongwen::ext
{

std::string readAll(const uno::Reference<ucb::XSimpleFileAccess3>& files, const OUString& url, sal_Int32 maxBytes)
{
    uno::Reference<io::XInputStream> in = files->openFileRead(url);
    std::string bytes;
    uno::Sequence<sal_Int8> chunk;
    while (sal_Int32 n = in->readBytes(chunk, 65536))
    {
        bytes.append(reinterpret_cast<const char*>(chunk.getConstArray()), static_cast<std::size_t>(n));
        if (bytes.size() > static_cast<std::size_t>(maxBytes))
            break;
    }
    in->closeInput();
    return bytes;
}

} // namespace gongwen::ext
