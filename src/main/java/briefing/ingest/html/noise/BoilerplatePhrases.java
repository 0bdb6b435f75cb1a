package briefing.ingest.html.noise;

import briefing.ingest.html.Lines;
import java.util.regex.Pattern;

/** Recognises the short lines that pages repeat around articles in many languages. */
public final class BoilerplatePhrases {
  /** Lines longer than this are article text even when they contain a phrase. */
  private static final int SHORT = 120;

  private static final Pattern WHOLE_LINE = Pattern.compile("(?iu)^(?:"
      + "share|share this|share this (?:article|story|post)|share on \\w+|teilen|teilen mit"
      + "|diesen artikel teilen|partager|partager cet article|compartir|compartilhe|condividi"
      + "|udostępnij|delen|dela|del|jaa|sdílet|paylaş"
      + "|like this|gefällt mir|j'aime|me gusta|like|tweet|pin it|email|e-mail|print|drucken"
      + "|imprimer|imprimir|whatsapp|facebook|twitter|linkedin|pinterest|reddit|telegram"
      + "|click to share on .*|klicken zum teilen.*|klick, um .*|cliquez pour partager.*"
      + "|related|related posts|related articles|related stories|more stories|read more"
      + "|read next|see also|more from .*|you may also like|recommended|ähnliche beiträge"
      + "|weiterlesen|mehr zum thema|das könnte sie auch interessieren|lire aussi|lire la suite"
      + "|à lire aussi|leer más|lee también|leia também|leia mais|veja também|leggi anche"
      + "|czytaj też|czytaj także|zobacz też|lees ook|läs också|advertisement|advertising"
      + "|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|reklama|reklame"
      + "|sponsored|loading|loading\\.\\.\\.|wird geladen|chargement|cargando|carregando"
      + "|comments|comment|kommentare|commentaires|comentarios|comentários|commenti|komentarze"
      + "|leave a comment|leave a reply|post a comment|kommentar verfassen"
      + "|reply|replies|report|report abuse|report comment|delete comment|flag|flag comment"
      + "|\\d+ (?:likes?|repl(?:y|ies)|votes?|points?|comments?|recommendations?)"
      + "|[-+]?\\d+\\s*[▲▼↑↓]\\s*(?:[-+]?\\d+\\s*[▲▼↑↓])?|(?:up|down)vote|breaking news|breaking"
      + "|hinterlasse einen kommentar|schreibe einen kommentar|laisser un commentaire"
      + "|deja un comentario|deixe um comentário|lascia un commento|dodaj komentarz"
      + "|tags|tagged|schlagwörter|étiquettes|etiquetas|categories|kategorien|catégories"
      + "|newsletter|subscribe|abonnieren|s'abonner|suscríbete|assine|follow us|folge uns"
      + "|suivez-nous|síguenos|siga-nos|seguici|top|back to top|nach oben|haut de page"
      + "|previous|next|previous post|next post|vorheriger beitrag|nächster beitrag"
      + "|article précédent|article suivant|older posts?|newer posts?|home|startseite|accueil"
      + "|inicio|menu|search|suche|rechercher|buscar|pesquisar|cerca|szukaj"
      + "|search (?:for )?(?:articles|stories|topics|news)\\b.*|what are cookies\\?"
      + "|was sind cookies\\?|qu'est-ce qu'un cookie\\?|¿qué son las cookies\\?"
      + "|explore further|le puede interesar|te puede interesar|print recipe|rezept drucken"
      + "|permalink|permalien|zurück zur übersicht|back to overview|externer inhalt"
      + "|want more\\?|lust auf mehr\\?|join our newsletter|credit|credits|bildnachweis"
      + "|mehr dazu|más información|plus d'infos|en savoir plus|learn more|mehr erfahren"
      + "|(?:\\.{3}|…)?\\s*(?:weiter (?:zu|mit)|continue (?:to|with)|continúa en) .{1,60}"
      + ")\\s*[:.!…]*$");

  private static final Pattern STARTS = Pattern.compile("(?iu)^(?:"
      + "©|\\(c\\) ?\\d{4}|copyright\\b|all rights reserved|alle rechte vorbehalten"
      + "|tous droits réservés|todos los derechos reservados|todos os direitos reservados"
      + "|tags ?:|tagged ?:|tagged with|schlagwörter ?:|stichwörter ?:|schlagworte ?:"
      + "|étiquettes ?:|etiquetas ?:|tag ?:|kategorie[n]? ?:|categor(?:y|ies|ias|ie) ?:"
      + "|filed under|posted in|posted by|posted on|this entry was posted|veröffentlicht in"
      + "|publié dans|publicado en|publicado em|related ?:|see also ?:|read also ?:"
      + "|read more ?:|more ?:|siehe auch ?:|lesen sie auch|mehr zum thema ?:|lire aussi ?:"
      + "|à lire aussi ?:|leer también ?:|lee también ?:|leia também ?:|leggi anche ?:"
      + "|share this ?:|teilen mit ?:|partager ?:|compartir ?:|gefällt mir ?:|like this ?:"
      + "|you must be logged in|du musst angemeldet|vous devez être connecté"
      + "|are you sure you want to (?:delete|report|flag|mark) this comment"
      + "|log in to (?:comment|reply|vote)|sign in to (?:comment|reply|vote)"
      + "|your email address will not be published|deine e-mail-adresse wird nicht"
      + "|ihre e-mail-adresse wird nicht|votre adresse e-mail ne sera pas|tu dirección de correo"
      + "|o seu endereço de e-mail não|il tuo indirizzo email non|this site uses cookies"
      + "|we use cookies|diese website verwendet cookies|wir verwenden cookies"
      + "|ce site utilise des cookies|este sitio web utiliza cookies|sign up for|subscribe to"
      + "|melden sie sich|abonnieren sie|inscrivez-vous|suscríbete a|follow us on"
      + "|s[ií]guenos en|folge uns auf|folgen sie uns auf|suivez-nous sur|siga-nos n[oa]"
      + "|seguici su|obserwuj nas na|volg ons op"
      + "|join our|sign up|stay up[- ]to[- ]date|receive our|get our|we want to hear"
      + "|do you want to be informed|don't miss|never miss|jetzt abonnieren|newsletter abonnieren"
      + "|abonnez-vous|suscríbase|assine nossa|iscriviti|zapisz się|gefällt dir|like what you"
      + "|enjoyed this|did you enjoy|if you enjoyed|support our|unterstützen sie|soutenez"
      + "|photo ?:|foto ?:|bild ?:|image ?:|picture ?:|photograph:|credit ?:|quelle ?:"
      + "|source ?: ?(?:getty|reuters|afp|ap|dpa)"
      + ")");

  /** A short line that ends by pointing at a link: "All about hiking boots is here." */
  private static final Pattern POINTER = Pattern.compile(
      "(?iu)\\b(?:here|hier|ici|aquí|aqui|qui|tutaj)\\s*[.!]?$");
  /** Pointer lines longer than this are sentences of the article that happen to end so. */
  private static final int POINTER_LINE = 80;

  private BoilerplatePhrases() {}

  /** Whether a short line is one of the phrases that frame articles rather than tell them. */
  public static boolean isBoilerplate(String text) {
    if (text.length() > SHORT) {
      return false;
    }
    return WHOLE_LINE.matcher(text).matches() || STARTS.matcher(text).lookingAt();
  }

  /** Whether a short line with a link in it only points the reader at another page. */
  public static boolean isPointer(String text, int linkChars) {
    return linkChars > 0 && text.length() <= POINTER_LINE && POINTER.matcher(text).find();
  }
}
