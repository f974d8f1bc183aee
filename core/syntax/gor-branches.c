/* gor-branches.c — labels, break, continue, goto and fallthrough
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checked per function body once it is parsed, as Go's parser does (its
 * syntax package's branches.go), with Go's messages.  What is found
 * becomes a pending error: a syntax error later in the body may still
 * come first by position.
 */

#include "config.h"

#include "gor-parser-private.h"
#include "gor-ast-print.h"

typedef struct _Block Block;
struct _Block
{
  Block      *parent;
  GorPos      start;
  GorAstStmt *lstmt; /* labeled statement of this block, or NULL */
};

typedef struct
{
  Block      *parent;
  GorAstStmt *lstmt;
  gboolean    used;
} Label;

typedef struct
{
  GorParser  *p;
  GHashTable *labels; /* name → Label* */
  GPtrArray  *blocks; /* Block*, kept for the labels pointing at them */
} LabelScope;

typedef struct
{
  GorAstStmt *breaks;    /* FOR, RANGE, SWITCH, TYPE_SWITCH, SELECT or NULL */
  GorAstStmt *continues; /* FOR, RANGE or NULL */
  int         case_index;
} Targets;

static char *
pos_string (GorParser *p, GorPos pos)
{
  return g_strdup_printf ("%s:%u:%u", p->filename, pos.line, pos.col);
}

static Label *
declare_label (LabelScope *ls, Block *b, GorAstStmt *s)
{
  Label *alt = g_hash_table_lookup (ls->labels, s->label);
  Label *l;

  if (alt)
    {
      g_autofree char *where = pos_string (ls->p, alt->lstmt->pos);

      _gor_parser_pending_error (ls->p, s->pos,
                                 g_strdup_printf ("label %s already defined at %s", s->label, where));
      return alt;
    }
  l = g_new0 (Label, 1);
  l->parent = b;
  l->lstmt = s;
  g_hash_table_insert (ls->labels, (gpointer) s->label, l);
  return l;
}

static GorAstStmt *
goto_target (LabelScope *ls, Block *b, const char *name)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  if (l)
    {
      l->used = TRUE;
      for (; b; b = b->parent)
        if (l->parent == b)
          return l->lstmt;
    }
  return NULL;
}

/* Looks up the label of a break or continue: FALSE when it is not
 * defined, else *target is the statement it labels if that statement
 * encloses the branch, NULL if not */
static gboolean
enclosing_target (LabelScope *ls, Block *b, const char *name, GorAstStmt **target)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  *target = NULL;
  if (l == NULL)
    return FALSE;
  l->used = TRUE;
  for (; b; b = b->parent)
    if (l->lstmt == b->lstmt)
      {
        *target = l->lstmt->body;
        break;
      }
  return TRUE;
}

static gboolean
is_loop (GorAstStmt *s)
{
  return s && (s->kind == GOR_STMT_FOR || s->kind == GOR_STMT_RANGE);
}

static void block_branches (LabelScope *ls, Block *parent, Targets ctxt, GorAstStmt *lstmt, GorPos start,
                            GPtrArray *body, GPtrArray *fwd_out);

static void
inner_block (LabelScope *ls, Block *b, Targets ctxt, GorAstStmt *lstmt, GorPos start, GPtrArray *body,
             GPtrArray *fwd_gotos)
{
  g_autoptr (GPtrArray) inner = g_ptr_array_new ();

  block_branches (ls, b, ctxt, lstmt, start, body, inner);
  g_ptr_array_extend (fwd_gotos, inner, NULL, NULL);
}

/* What a block has seen so far of the variables a goto may not jump over */
typedef struct
{
  gboolean   have_var;
  GorPos     var_pos;
  char      *var_name;
  GPtrArray *bad_gotos; /* forward gotos that the last variable follows */
} VarState;

/* The variable declared by @s, if any, now stands between @fwd_gotos and
 * their labels */
static void
note_var (VarState *vs, GorAstStmt *s, GPtrArray *fwd_gotos)
{
  GString *names;
  guint    i;

  if (s->kind == GOR_STMT_DECL && s->decl->tok == GOR_TOKEN_VAR && s->decl->specs->len > 0)
    {
      GorAstSpec *spec = s->decl->specs->pdata[0];
      GorAstExpr *n = spec->names->pdata[0];

      vs->var_pos = n->pos;
      names = g_string_new (n->name);
    }
  else if (s->kind == GOR_STMT_ASSIGN && s->tok == GOR_TOKEN_DEFINE)
    {
      names = g_string_new (NULL);
      for (i = 0; i < s->lhs->len; i++)
        {
          if (i > 0)
            g_string_append (names, ", ");
          gor_ast_print_expr (names, s->lhs->pdata[i]);
        }
      vs->var_pos = GOR_PARSER_STMT_GOPOS (s);
    }
  else
    return;
  vs->have_var = TRUE;
  g_free (vs->var_name);
  vs->var_name = g_string_free (names, FALSE);
  g_ptr_array_set_size (vs->bad_gotos, 0);
  g_ptr_array_extend (vs->bad_gotos, fwd_gotos, NULL, NULL);
}

/* Declares the labels in front of @s, resolving the forward gotos to
 * them; returns the statement they label and sets *lstmt to the last
 * label, if any */
static GorAstStmt *
declare_labels (LabelScope *ls, Block *bp, VarState *vs, GorAstStmt *s, GPtrArray *fwd_gotos,
                GorAstStmt **lstmt)
{
  *lstmt = NULL;
  while (s && s->kind == GOR_STMT_LABELED)
    {
      if (strcmp (s->label, "_") != 0)
        {
          Label *l = declare_label (ls, bp, s);
          guint  i, j = 0;

          for (i = 0; i < fwd_gotos->len; i++)
            {
              GorAstStmt *fwd = fwd_gotos->pdata[i];

              if (strcmp (fwd->label, s->label) == 0)
                {
                  l->used = TRUE;
                  if (vs->have_var && g_ptr_array_find (vs->bad_gotos, fwd, NULL))
                    {
                      g_autofree char *where = pos_string (ls->p, vs->var_pos);

                      _gor_parser_pending_error (
                          ls->p, GOR_PARSER_LABEL_POS (fwd),
                          g_strdup_printf ("goto %s jumps over declaration of %s at %s", s->label,
                                           vs->var_name, where));
                    }
                }
              else
                fwd_gotos->pdata[j++] = fwd;
            }
          g_ptr_array_set_size (fwd_gotos, j);
          *lstmt = s;
        }
      s = s->body;
    }
  return s;
}

/* break, continue or fallthrough without a label; @last: @s ends its block */
static void
unlabeled_branch (GorParser *p, Targets ctxt, GorAstStmt *s, gboolean last)
{
  const char *msg;

  switch (s->tok)
    {
    case GOR_TOKEN_BREAK:
      if (ctxt.breaks == NULL)
        _gor_parser_pending_error (p, s->pos, g_strdup ("break is not in a loop, switch, or select"));
      break;
    case GOR_TOKEN_CONTINUE:
      if (ctxt.continues == NULL)
        _gor_parser_pending_error (p, s->pos, g_strdup ("continue is not in a loop"));
      break;
    default: /* fallthrough */
      msg = "fallthrough statement out of place";
      if (ctxt.breaks && ctxt.breaks->kind == GOR_STMT_TYPE_SWITCH)
        msg = "cannot fallthrough in type switch";
      else if (ctxt.breaks && ctxt.breaks->kind == GOR_STMT_SWITCH)
        {
          if (ctxt.case_index < 0 || !last)
            ;
          else if ((guint) ctxt.case_index + 1 == ctxt.breaks->list->len)
            msg = "cannot fallthrough final case in switch";
          else
            break;
        }
      _gor_parser_pending_error (p, s->pos, g_strdup (msg));
      break;
    }
}

/* break, continue or goto with a label */
static void
labeled_branch (LabelScope *ls, Block *bp, GorAstStmt *s, GPtrArray *fwd_gotos)
{
  GorParser  *p = ls->p;
  GorAstStmt *ts;

  switch (s->tok)
    {
    case GOR_TOKEN_BREAK:
      if (!enclosing_target (ls, bp, s->label, &ts))
        _gor_parser_pending_error (p, GOR_PARSER_LABEL_POS (s),
                                   g_strdup_printf ("break label not defined: %s", s->label));
      else if (!(ts
                 && (is_loop (ts) || ts->kind == GOR_STMT_SWITCH || ts->kind == GOR_STMT_TYPE_SWITCH
                     || ts->kind == GOR_STMT_SELECT)))
        _gor_parser_pending_error (p, GOR_PARSER_LABEL_POS (s),
                                   g_strdup_printf ("invalid break label %s", s->label));
      break;

    case GOR_TOKEN_CONTINUE:
      if (!enclosing_target (ls, bp, s->label, &ts))
        _gor_parser_pending_error (p, GOR_PARSER_LABEL_POS (s),
                                   g_strdup_printf ("continue label not defined: %s", s->label));
      else if (!is_loop (ts))
        _gor_parser_pending_error (p, GOR_PARSER_LABEL_POS (s),
                                   g_strdup_printf ("invalid continue label %s", s->label));
      break;

    default: /* goto */
      if (goto_target (ls, bp, s->label) == NULL)
        g_ptr_array_add (fwd_gotos, s);
      break;
    }
}

/* The blocks inside @s, with the targets of break and continue there */
static void
nested_blocks (LabelScope *ls, Block *bp, Targets ctxt, GorAstStmt *lstmt, GorAstStmt *s,
               GPtrArray *fwd_gotos)
{
  Targets inner = { ctxt.breaks, ctxt.continues, -1 };
  guint   i;

  switch (s->kind)
    {
    case GOR_STMT_BLOCK: inner_block (ls, bp, inner, lstmt, s->pos, s->list, fwd_gotos); break;

    case GOR_STMT_IF:
      inner_block (ls, bp, inner, lstmt, s->body->pos, s->body->list, fwd_gotos);
      if (s->else_)
        {
          g_autoptr (GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, s->else_);
          inner_block (ls, bp, inner, lstmt, s->else_->pos, one, fwd_gotos);
        }
      break;

    case GOR_STMT_FOR:
    case GOR_STMT_RANGE:
      inner.breaks = s;
      inner.continues = s;
      inner_block (ls, bp, inner, lstmt, s->body->pos, s->body->list, fwd_gotos);
      break;

    case GOR_STMT_SWITCH:
    case GOR_STMT_TYPE_SWITCH:
    case GOR_STMT_SELECT:
      inner.breaks = s;
      for (i = 0; i < s->list->len; i++)
        {
          GorAstStmt *cc = s->list->pdata[i];

          if (s->kind != GOR_STMT_SELECT)
            inner.case_index = i;
          inner_block (ls, bp, inner, lstmt, cc->pos, cc->list, fwd_gotos);
        }
      break;

    default: break;
    }
}

static void
block_branches (LabelScope *ls, Block *parent, Targets ctxt, GorAstStmt *lstmt, GorPos start, GPtrArray *body,
                GPtrArray *fwd_gotos)
{
  Block   *bp = g_new0 (Block, 1);
  VarState vs = { FALSE, { 0, 0 }, NULL, g_ptr_array_new () };
  guint    idx;

  bp->parent = parent;
  bp->start = start;
  bp->lstmt = lstmt;
  g_ptr_array_add (ls->blocks, bp);

  for (idx = 0; idx < body->len; idx++)
    {
      GorAstStmt *s = declare_labels (ls, bp, &vs, body->pdata[idx], fwd_gotos, &lstmt);

      if (s == NULL)
        continue;
      note_var (&vs, s, fwd_gotos);
      if (s->kind == GOR_STMT_BRANCH && s->label == NULL)
        unlabeled_branch (ls->p, ctxt, s, idx + 1 == body->len);
      else if (s->kind == GOR_STMT_BRANCH)
        labeled_branch (ls, bp, s, fwd_gotos);
      else
        nested_blocks (ls, bp, ctxt, lstmt, s, fwd_gotos);
    }
  g_free (vs.var_name);
  g_ptr_array_unref (vs.bad_gotos);
}

static int
compare_labels (gconstpointer a, gconstpointer b)
{
  const Label *la = *(Label **) a, *lb = *(Label **) b;

  if (la->lstmt->pos.line != lb->lstmt->pos.line)
    return la->lstmt->pos.line < lb->lstmt->pos.line ? -1 : 1;
  return (int) la->lstmt->pos.col - (int) lb->lstmt->pos.col;
}

void
_gor_parser_check_branches (GorParser *p, GorAstStmt *body)
{
  LabelScope ls = { p, g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free),
                    g_ptr_array_new_with_free_func (g_free) };
  Targets    none = { NULL, NULL, -1 };
  g_autoptr (GPtrArray) fwd_gotos = g_ptr_array_new ();
  g_autoptr (GPtrArray) labels = NULL;
  guint i;

  block_branches (&ls, NULL, none, NULL, body->pos, body->list, fwd_gotos);

  for (i = 0; i < fwd_gotos->len; i++)
    {
      GorAstStmt *fwd = fwd_gotos->pdata[i];
      Label      *l = g_hash_table_lookup (ls.labels, fwd->label);

      if (l)
        {
          g_autofree char *where = pos_string (p, l->parent->start);

          l->used = TRUE;
          _gor_parser_pending_error (
              p, GOR_PARSER_LABEL_POS (fwd),
              g_strdup_printf ("goto %s jumps into block starting at %s", fwd->label, where));
        }
      else
        _gor_parser_pending_error (p, GOR_PARSER_LABEL_POS (fwd),
                                   g_strdup_printf ("label %s not defined", fwd->label));
    }

  labels = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer       value;

    g_hash_table_iter_init (&iter, ls.labels);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (labels, value);
  }
  g_ptr_array_sort (labels, compare_labels);
  for (i = 0; i < labels->len; i++)
    {
      Label *l = labels->pdata[i];

      if (!l->used)
        _gor_parser_pending_error (p, l->lstmt->pos,
                                   g_strdup_printf ("label %s defined and not used", l->lstmt->label));
    }
  g_hash_table_unref (ls.labels);
  g_ptr_array_unref (ls.blocks);
}
