// The only file of the project that includes libxml2 (see include/cdwars_xml.h for why).
#include "cdwars_xml.h"
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void cdwars_silent(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

// Refuses every external resource (DTDs, external entities, XInclude): the parsers never open a file
// or a URL named by the document, whatever its DOCTYPE says.
static xmlParserInputPtr cdwars_no_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static pthread_once_t cdwars_once = PTHREAD_ONCE_INIT;
static void cdwars_setup(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(cdwars_no_loader);
}

int cdwars_xml_encoding_known(const char *encoding) {
    if (!encoding || !*encoding) return 0;
    pthread_once(&cdwars_once, cdwars_setup);
    xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(encoding);
    if (!h) return 0;
    xmlCharEncCloseFunc(h);
    return 1;
}

cdwars_xml_doc *cdwars_xml_parse(const char *bytes, size_t length, int mode, const char *encoding,
                                 char *errbuf, size_t errbuf_len) {
    pthread_once(&cdwars_once, cdwars_setup);
    xmlSetGenericErrorFunc(NULL, cdwars_silent);
    xmlResetLastError();
    if (errbuf && errbuf_len) errbuf[0] = 0;
    if (length > 0x7fffffff) {
        if (errbuf) snprintf(errbuf, errbuf_len, "input larger than 2 GiB");
        return NULL;
    }
    if (encoding && !cdwars_xml_encoding_known(encoding)) encoding = NULL;
    xmlDocPtr doc;
    if (mode == CDWARS_XML_MODE_HTML) {
        // HUGE lifts the 10 MB text-node limit (one-line pages); the HTML parser keeps its own
        // open-element stack, so depth costs memory, not C stack.
        int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                 | HTML_PARSE_COMPACT | XML_PARSE_HUGE;
        // A given encoding wins over any <meta charset> further down (the caller has checked it).
        if (encoding) opts |= HTML_PARSE_IGNORE_ENC;
        doc = htmlReadMemory(bytes, (int)length, NULL, encoding, opts);
    } else {
        // XML_PARSE_NONET: no network. No XML_PARSE_NOENT (entities stay unexpanded), no DTDLOAD,
        // no HUGE (libxml2 keeps its depth limit of 256 and its entity-amplification limits).
        int opts = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;
        if (mode == CDWARS_XML_MODE_XML_RECOVER) opts |= XML_PARSE_RECOVER;
        doc = xmlReadMemory(bytes, (int)length, NULL, encoding, opts);
        if (doc && mode == CDWARS_XML_MODE_XML_STRICT) {
            const xmlError *e = xmlGetLastError();
            if (e && e->level >= XML_ERR_ERROR) { xmlFreeDoc(doc); doc = NULL; }
        }
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

const char *cdwars_xml_doc_encoding(cdwars_xml_doc *doc) {
    return doc ? (const char *)((xmlDocPtr)doc)->encoding : NULL;
}

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
cdwars_xml_attr *cdwars_xml_first_attr(cdwars_xml_node *node) {
    if (!node || ((xmlNodePtr)node)->type != XML_ELEMENT_NODE) return NULL;
    return (cdwars_xml_attr *)((xmlNodePtr)node)->properties;
}
cdwars_xml_attr *cdwars_xml_next_attr(cdwars_xml_attr *attr) {
    return attr ? (cdwars_xml_attr *)((xmlAttrPtr)attr)->next : NULL;
}
const char *cdwars_xml_attr_name(cdwars_xml_attr *attr) {
    return attr ? (const char *)((xmlAttrPtr)attr)->name : NULL;
}
const char *cdwars_xml_attr_simple_value(cdwars_xml_attr *attr) {
    if (!attr) return NULL;
    xmlNodePtr c = ((xmlAttrPtr)attr)->children;
    if (!c) return "";
    if (c->next == NULL && c->type == XML_TEXT_NODE) return (const char *)c->content;
    return NULL;
}
char *cdwars_xml_attr_value(cdwars_xml_attr *attr) {
    if (!attr) return NULL;
    xmlAttrPtr a = (xmlAttrPtr)attr;
    return (char *)xmlNodeListGetString(a->doc, a->children, 1);
}
void cdwars_xml_free_string(char *string) { if (string) xmlFree(string); }
long cdwars_xml_line(cdwars_xml_node *node) { return node ? (long)xmlGetLineNo((xmlNodePtr)node) : 0; }
