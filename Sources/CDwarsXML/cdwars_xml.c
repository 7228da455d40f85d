// The only file of the project that includes libxml2 (see include/cdwars_xml.h for why).
#include "cdwars_xml.h"
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <string.h>

static void cdwars_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

cdwars_xml_doc *cdwars_xml_parse(const char *bytes, size_t length, int is_html, const char *encoding,
                                 char *errbuf, size_t errbuf_len) {
    xmlSetGenericErrorFunc(NULL, cdwars_silent);
    if (errbuf && errbuf_len) errbuf[0] = 0;
    if (length > 0x7fffffff) {
        if (errbuf) snprintf(errbuf, errbuf_len, "input larger than 2 GiB");
        return NULL;
    }
    xmlDocPtr doc;
    if (is_html) {
        int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                 | HTML_PARSE_COMPACT;
        doc = htmlReadMemory(bytes, (int)length, NULL, encoding, opts);
    } else {
        // XML_PARSE_NONET: no network. No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD.
        int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT
                 | XML_PARSE_HUGE | XML_PARSE_RECOVER;
        doc = xmlReadMemory(bytes, (int)length, NULL, encoding, opts);
    }
    if (!doc) {
        const xmlError *e = xmlGetLastError();
        if (errbuf) snprintf(errbuf, errbuf_len, "%s", e && e->message ? e->message : "not parseable");
        if (errbuf) { size_t n = strlen(errbuf); while (n && (errbuf[n-1] == '\n' || errbuf[n-1] == ' ')) errbuf[--n] = 0; }
        return NULL;
    }
    return (cdwars_xml_doc *)doc;
}

void cdwars_xml_free_doc(cdwars_xml_doc *doc) { if (doc) xmlFreeDoc((xmlDocPtr)doc); }

cdwars_xml_node *cdwars_xml_root(cdwars_xml_doc *doc) {
    return doc ? (cdwars_xml_node *)xmlDocGetRootElement((xmlDocPtr)doc) : NULL;
}
cdwars_xml_node *cdwars_xml_first_child(cdwars_xml_node *node) {
    return node ? (cdwars_xml_node *)((xmlNodePtr)node)->children : NULL;
}
cdwars_xml_node *cdwars_xml_next_sibling(cdwars_xml_node *node) {
    return node ? (cdwars_xml_node *)((xmlNodePtr)node)->next : NULL;
}
int cdwars_xml_kind(cdwars_xml_node *node) {
    if (!node) return CDWARS_XML_OTHER;
    switch (((xmlNodePtr)node)->type) {
    case XML_ELEMENT_NODE: return CDWARS_XML_ELEMENT;
    case XML_TEXT_NODE: return CDWARS_XML_TEXT;
    case XML_CDATA_SECTION_NODE: return CDWARS_XML_CDATA;
    case XML_COMMENT_NODE: return CDWARS_XML_COMMENT;
    default: return CDWARS_XML_OTHER;
    }
}
const char *cdwars_xml_name(cdwars_xml_node *node) {
    return node ? (const char *)((xmlNodePtr)node)->name : NULL;
}
const char *cdwars_xml_text(cdwars_xml_node *node) {
    return node ? (const char *)((xmlNodePtr)node)->content : NULL;
}
char *cdwars_xml_attribute(cdwars_xml_node *node, const char *name) {
    if (!node || !name) return NULL;
    return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}
void cdwars_xml_free_string(char *string) { if (string) xmlFree(string); }
long cdwars_xml_line(cdwars_xml_node *node) { return node ? (long)xmlGetLineNo((xmlNodePtr)node) : 0; }
