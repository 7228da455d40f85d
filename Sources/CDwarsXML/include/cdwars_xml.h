// A narrow C facade over libxml2. This header names no libxml2 type: Swift sees opaque handles and
// plain C types only, because a Swift module that imports both Foundation and libxml2's headers fails
// to build on Debian (libxml2 is built with ICU, Foundation ships its own ICU; see STYLE.md 3).
#ifndef CDWARS_XML_H
#define CDWARS_XML_H
#include <stddef.h>

/// An opaque parsed document (an xmlDoc inside).
typedef struct cdwars_xml_doc cdwars_xml_doc;
/// An opaque node of a parsed document (an xmlNode inside); valid while its document lives.
typedef struct cdwars_xml_node cdwars_xml_node;
/// An opaque attribute of an element (an xmlAttr inside); valid while its document lives.
typedef struct cdwars_xml_attr cdwars_xml_attr;

/// Node kinds the extractor distinguishes.
enum cdwars_xml_node_kind {
    CDWARS_XML_ELEMENT = 1,
    CDWARS_XML_TEXT = 3,
    CDWARS_XML_CDATA = 4,
    CDWARS_XML_COMMENT = 8,
    CDWARS_XML_OTHER = 0
};

/// Which libxml2 parser reads the bytes.
enum cdwars_xml_mode {
    /// XML parser in recovery mode: a damaged document still yields the part that parsed.
    CDWARS_XML_MODE_XML_RECOVER = 0,
    /// libxml2's HTML parser (tag soup, implied html/body, recovery always on).
    CDWARS_XML_MODE_HTML = 1,
    /// XML parser without recovery: fails on the first well-formedness error (used to try XHTML).
    CDWARS_XML_MODE_XML_STRICT = 2
};

/// Parses bytes with the parser `mode` names. `encoding` may be NULL to let the document's own
/// declaration or meta charset decide; an encoding name libxml2 does not know is ignored. Never touches
/// the network (NONET, and an entity loader that refuses every external resource), never expands
/// entities (no NOENT), never loads a DTD. Returns NULL on failure and writes a message into errbuf.
cdwars_xml_doc *cdwars_xml_parse(const char *bytes, size_t length, int mode, const char *encoding,
                                 char *errbuf, size_t errbuf_len);
/// Frees a document and every node in it.
void cdwars_xml_free_doc(cdwars_xml_doc *doc);
/// The encoding the parser read the document in (as declared or given), or NULL; owned by the document.
const char *cdwars_xml_doc_encoding(cdwars_xml_doc *doc);
/// 1 when libxml2 (through iconv) can decode `encoding`, else 0.
int cdwars_xml_encoding_known(const char *encoding);
/// The root element, or NULL.
cdwars_xml_node *cdwars_xml_root(cdwars_xml_doc *doc);
cdwars_xml_node *cdwars_xml_first_child(cdwars_xml_node *node);
cdwars_xml_node *cdwars_xml_next_sibling(cdwars_xml_node *node);
int cdwars_xml_kind(cdwars_xml_node *node);
/// Element name (local name; lower-case for HTML, as parsed), or NULL; owned by the document.
const char *cdwars_xml_name(cdwars_xml_node *node);
/// Text content of a text or CDATA node; owned by the document (UTF-8).
const char *cdwars_xml_text(cdwars_xml_node *node);
/// The value of an attribute as a new UTF-8 string (free with cdwars_xml_free_string), or NULL.
char *cdwars_xml_attribute(cdwars_xml_node *node, const char *name);
/// The first attribute of an element, or NULL.
cdwars_xml_attr *cdwars_xml_first_attr(cdwars_xml_node *node);
/// The attribute after `attr`, or NULL.
cdwars_xml_attr *cdwars_xml_next_attr(cdwars_xml_attr *attr);
/// The local name of an attribute; owned by the document.
const char *cdwars_xml_attr_name(cdwars_xml_attr *attr);
/// The value of an attribute when it is one plain text node (the usual case), owned by the document;
/// NULL otherwise (then use cdwars_xml_attr_value, which joins the parts).
const char *cdwars_xml_attr_simple_value(cdwars_xml_attr *attr);
/// The value of an attribute as a new UTF-8 string (free with cdwars_xml_free_string), or NULL.
char *cdwars_xml_attr_value(cdwars_xml_attr *attr);
/// Frees a string this facade returned (libxml2's xmlFree is a global function pointer Swift 6 rejects).
void cdwars_xml_free_string(char *string);
/// The line the parser recorded for a node (0 if unknown).
long cdwars_xml_line(cdwars_xml_node *node);

#endif
