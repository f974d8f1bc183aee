/* gor-ast.h — syntax tree of a Go source file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree follows go/ast closely so that Level 2 of the subset (structs,
 * pointers, maps, interfaces, methods) needs no new shapes.  The parser
 * builds it from syntax alone; names are not resolved and nothing is typed.
 * The compiler may hang its own data on the `type` and `info` fields.
 *
 * Memory: every node, list and string of a tree belongs to its GorAstFile
 * and is freed by gor_ast_file_free().  Lists are GPtrArray and never NULL
 * (empty when there is nothing).
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint32 line; /* 1-based */
  guint32 col;  /* 1-based, in bytes as Go counts columns */
} GorPos;

typedef enum
{
  GOR_TOKEN_EOF,
  GOR_TOKEN_IDENT,
  GOR_TOKEN_INT,
  GOR_TOKEN_FLOAT,
  GOR_TOKEN_IMAG,
  GOR_TOKEN_CHAR,
  GOR_TOKEN_STRING,

  /* operators */
  GOR_TOKEN_ADD,     /* + */
  GOR_TOKEN_SUB,     /* - */
  GOR_TOKEN_MUL,     /* * */
  GOR_TOKEN_QUO,     /* / */
  GOR_TOKEN_REM,     /* % */
  GOR_TOKEN_AND,     /* & */
  GOR_TOKEN_OR,      /* | */
  GOR_TOKEN_XOR,     /* ^ */
  GOR_TOKEN_SHL,     /* << */
  GOR_TOKEN_SHR,     /* >> */
  GOR_TOKEN_AND_NOT, /* &^ */
  GOR_TOKEN_ADD_ASSIGN,
  GOR_TOKEN_SUB_ASSIGN,
  GOR_TOKEN_MUL_ASSIGN,
  GOR_TOKEN_QUO_ASSIGN,
  GOR_TOKEN_REM_ASSIGN,
  GOR_TOKEN_AND_ASSIGN,
  GOR_TOKEN_OR_ASSIGN,
  GOR_TOKEN_XOR_ASSIGN,
  GOR_TOKEN_SHL_ASSIGN,
  GOR_TOKEN_SHR_ASSIGN,
  GOR_TOKEN_AND_NOT_ASSIGN,
  GOR_TOKEN_LAND,     /* && */
  GOR_TOKEN_LOR,      /* || */
  GOR_TOKEN_ARROW,    /* <- */
  GOR_TOKEN_INC,      /* ++ */
  GOR_TOKEN_DEC,      /* -- */
  GOR_TOKEN_EQL,      /* == */
  GOR_TOKEN_LSS,      /* < */
  GOR_TOKEN_GTR,      /* > */
  GOR_TOKEN_ASSIGN,   /* = */
  GOR_TOKEN_NOT,      /* ! */
  GOR_TOKEN_NEQ,      /* != */
  GOR_TOKEN_LEQ,      /* <= */
  GOR_TOKEN_GEQ,      /* >= */
  GOR_TOKEN_DEFINE,   /* := */
  GOR_TOKEN_ELLIPSIS, /* ... */
  GOR_TOKEN_LPAREN,
  GOR_TOKEN_LBRACK,
  GOR_TOKEN_LBRACE,
  GOR_TOKEN_COMMA,
  GOR_TOKEN_PERIOD,
  GOR_TOKEN_RPAREN,
  GOR_TOKEN_RBRACK,
  GOR_TOKEN_RBRACE,
  GOR_TOKEN_SEMICOLON,
  GOR_TOKEN_COLON,
  GOR_TOKEN_TILDE,

  /* keywords */
  GOR_TOKEN_BREAK,
  GOR_TOKEN_CASE,
  GOR_TOKEN_CHAN,
  GOR_TOKEN_CONST,
  GOR_TOKEN_CONTINUE,
  GOR_TOKEN_DEFAULT,
  GOR_TOKEN_DEFER,
  GOR_TOKEN_ELSE,
  GOR_TOKEN_FALLTHROUGH,
  GOR_TOKEN_FOR,
  GOR_TOKEN_FUNC,
  GOR_TOKEN_GO,
  GOR_TOKEN_GOTO,
  GOR_TOKEN_IF,
  GOR_TOKEN_IMPORT,
  GOR_TOKEN_INTERFACE,
  GOR_TOKEN_MAP,
  GOR_TOKEN_PACKAGE,
  GOR_TOKEN_RANGE,
  GOR_TOKEN_RETURN,
  GOR_TOKEN_SELECT,
  GOR_TOKEN_STRUCT,
  GOR_TOKEN_SWITCH,
  GOR_TOKEN_TYPE,
  GOR_TOKEN_VAR,
  GOR_N_TOKENS
} GorTokenKind;

typedef struct _GorAstExpr  GorAstExpr;
typedef struct _GorAstStmt  GorAstStmt;
typedef struct _GorAstField GorAstField;
typedef struct _GorAstSpec  GorAstSpec;
typedef struct _GorAstDecl  GorAstDecl;

typedef enum
{
  GOR_CHAN_BOTH,
  GOR_CHAN_SEND_ONLY, /* chan<- T */
  GOR_CHAN_RECV_ONLY, /* <-chan T */
} GorChanDir;

typedef enum
{
  /* values */
  GOR_EXPR_BAD,
  GOR_EXPR_IDENT,     /* name */
  GOR_EXPR_BASIC_LIT, /* lit_kind (INT FLOAT IMAG CHAR STRING), lit (raw text), value (decoded, for STRING/CHAR: UTF-8 bytes, value_len) */
  GOR_EXPR_COMPOSITE_LIT, /* x = type (may be NULL inside an outer literal), list = elements (KEY_VALUE or plain) */
  GOR_EXPR_FUNC_LIT, /* x = FUNC_TYPE, body */
  GOR_EXPR_PAREN,    /* x */
  GOR_EXPR_SELECTOR, /* x.name */
  GOR_EXPR_INDEX, /* x[y]; a generic instantiation x[y, …] has all its type arguments in list when there are several */
  GOR_EXPR_SLICE,       /* x[y:z:w], y/z/w may be NULL, slice3 */
  GOR_EXPR_TYPE_ASSERT, /* x.(y); y NULL for x.(type) in a type switch */
  GOR_EXPR_CALL,        /* x(list...), has_ellipsis */
  GOR_EXPR_STAR,        /* *x: dereference or pointer type */
  GOR_EXPR_UNARY,       /* op x, op in + - ! ^ & <- */
  GOR_EXPR_BINARY,      /* x op y */
  GOR_EXPR_KEY_VALUE,   /* x: y, in composite literals */

  /* types */
  GOR_EXPR_ARRAY_TYPE,     /* [y]x; y NULL for a slice, ELLIPSIS ident-less for [...] */
  GOR_EXPR_STRUCT_TYPE,    /* fields */
  GOR_EXPR_FUNC_TYPE,      /* params, results */
  GOR_EXPR_INTERFACE_TYPE, /* fields: methods (name + FUNC_TYPE) and embedded (no names) */
  GOR_EXPR_MAP_TYPE,       /* map[y]x */
  GOR_EXPR_CHAN_TYPE,      /* chan x with dir */
  GOR_EXPR_ELLIPSIS,       /* ...x in a parameter list (x may be NULL in [...]T) */
} GorExprKind;

struct _GorAstExpr
{
  GorExprKind  kind;
  GorPos       pos;          /* start of the expression (operator position for BINARY) */
  GorTokenKind op;           /* UNARY, BINARY */
  GorTokenKind lit_kind;     /* BASIC_LIT */
  GorChanDir   dir;          /* CHAN_TYPE */
  gboolean     has_ellipsis; /* CALL: f(xs...) */
  gboolean     slice3;       /* SLICE */
  const char  *name;         /* IDENT, SELECTOR */
  const char  *lit;          /* BASIC_LIT: source text */
  const char  *value;        /* BASIC_LIT STRING/CHAR: decoded bytes (NUL-terminated too) */
  gsize        value_len;
  GorAstExpr  *x;
  GorAstExpr  *y;
  GorAstExpr  *z;
  GorAstExpr  *w;
  GPtrArray   *list;    /* GorAstExpr*: call args, composite elements */
  GPtrArray   *params;  /* GorAstField*: FUNC_TYPE parameters */
  GPtrArray   *results; /* GorAstField*: FUNC_TYPE results */
  GPtrArray   *fields;  /* GorAstField*: STRUCT_TYPE, INTERFACE_TYPE */
  GPtrArray   *tparams; /* GorAstField*: FUNC_TYPE of a declaration: type parameters and their constraints */
  GorAstStmt  *body;    /* FUNC_LIT: BLOCK */

  gpointer type; /* for the compiler */
  gpointer info; /* for the compiler */
};

/* A parameter, result, struct field or interface method group:
 * `a, b int` has names ["a","b"]; an anonymous parameter has no names. */
struct _GorAstField
{
  GorPos      pos;
  GPtrArray  *names; /* GorAstExpr* IDENT */
  GorAstExpr *type;
  const char *tag;     /* struct tag, or NULL */
  const char *tag_lit; /* the tag as written, quotes included, or NULL */
  gboolean    embedded;
};

typedef enum
{
  GOR_STMT_BAD,
  GOR_STMT_DECL, /* decl (GEN_DECL of const/type/var) */
  GOR_STMT_EMPTY,
  GOR_STMT_LABELED,     /* label: body */
  GOR_STMT_EXPR,        /* x */
  GOR_STMT_SEND,        /* x <- y */
  GOR_STMT_INC_DEC,     /* x++ / x--, tok */
  GOR_STMT_ASSIGN,      /* lhs tok rhs; tok ASSIGN, DEFINE or an op-assign */
  GOR_STMT_GO,          /* x (a CALL) */
  GOR_STMT_DEFER,       /* x (a CALL) */
  GOR_STMT_RETURN,      /* rhs: results */
  GOR_STMT_BRANCH,      /* tok BREAK CONTINUE GOTO FALLTHROUGH, label (may be NULL) */
  GOR_STMT_BLOCK,       /* list */
  GOR_STMT_IF,          /* init; x cond; body (BLOCK); else_ (IF or BLOCK or NULL) */
  GOR_STMT_SWITCH,      /* init; x tag (may be NULL); list of CASE_CLAUSE */
  GOR_STMT_TYPE_SWITCH, /* init; assign (x := y.(type) as ASSIGN, or EXPR); list of CASE_CLAUSE */
  GOR_STMT_CASE_CLAUSE, /* lhs: case expressions (empty for default), is_default; list: body */
  GOR_STMT_SELECT,      /* list of COMM_CLAUSE */
  GOR_STMT_COMM_CLAUSE, /* comm: SEND, EXPR (<-ch), ASSIGN (v, ok := <-ch) or NULL for default; list: body */
  GOR_STMT_FOR,         /* init; x cond (may be NULL); post; body */
  GOR_STMT_RANGE, /* key, value (may be NULL); tok DEFINE/ASSIGN (or EOF when none); x range expr; body */
} GorStmtKind;

struct _GorAstStmt
{
  GorStmtKind  kind;
  GorPos       pos; /* start of the statement */
  GorPos       end; /* position of the closing brace for blocks (for "missing return") */
  GorTokenKind tok;
  gboolean     is_default;
  const char  *label; /* LABELED, BRANCH */
  GorAstDecl  *decl;  /* DECL */
  GorAstExpr  *x;
  GorAstExpr  *y;
  GorAstExpr  *key;    /* RANGE */
  GorAstExpr  *value;  /* RANGE */
  GPtrArray   *lhs;    /* GorAstExpr*: ASSIGN, CASE_CLAUSE */
  GPtrArray   *rhs;    /* GorAstExpr*: ASSIGN, RETURN */
  GPtrArray   *list;   /* GorAstStmt*: BLOCK, clauses, clause bodies */
  GorAstStmt  *init;   /* IF, SWITCH, TYPE_SWITCH, FOR */
  GorAstStmt  *post;   /* FOR */
  GorAstStmt  *assign; /* TYPE_SWITCH */
  GorAstStmt  *comm;   /* COMM_CLAUSE */
  GorAstStmt  *body;   /* IF, FOR, RANGE, LABELED, SWITCH bodies are in list */
  GorAstStmt  *else_;  /* IF */

  gpointer info; /* for the compiler */
};

/* One spec of an import, const, type or var declaration. */
struct _GorAstSpec
{
  GorPos      pos;
  GPtrArray  *names;  /* GorAstExpr* IDENT (const/var); one for type; import: local name or empty */
  GorAstExpr *type;   /* const/var: may be NULL; type: the type */
  GPtrArray  *values; /* GorAstExpr*: const/var initialisers (const may repeat the previous ones: implicit) */
  const char *path;   /* import path, decoded */
  gboolean    is_alias; /* type A = B */
  GPtrArray  *tparams;  /* GorAstField*: type: type parameters and their constraints */
  int         iota;     /* const: index of the spec in its group */
};

typedef enum
{
  GOR_DECL_BAD,
  GOR_DECL_GEN,  /* tok IMPORT CONST TYPE VAR; specs */
  GOR_DECL_FUNC, /* recv (may be NULL), name, type (FUNC_TYPE), body (may be NULL) */
} GorDeclKind;

struct _GorAstDecl
{
  GorDeclKind  kind;
  GorPos       pos;
  GorTokenKind tok;
  GPtrArray   *specs; /* GorAstSpec* */
  GorAstField *recv;
  GorAstExpr  *name; /* IDENT */
  GorAstExpr  *type; /* FUNC_TYPE */
  GorAstStmt  *body; /* BLOCK */

  gpointer info; /* for the compiler */
};

typedef struct
{
  char       *filename; /* as given, used in messages */
  char       *source;   /* the text the positions point into */
  GorAstExpr *package_name;
  GPtrArray  *imports; /* GorAstSpec* (also listed among decls) */
  GPtrArray  *decls;   /* GorAstDecl*, in source order */
  gpointer    arena;   /* owned memory, private to the parser */
} GorAstFile;

const char *gor_token_kind_to_string (GorTokenKind kind); /* "+", "func", "identifier" … */

void gor_ast_file_free (GorAstFile *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorAstFile, gor_ast_file_free)

G_END_DECLS
