/** The text of some nodes, whitespace folded; undefined when they have none. */
export function textOf(nodes: Iterable<Node>): string | undefined {
  return Array.from(nodes, (node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim() || undefined;
}

/**
 * The raw item a CMS-written child describes, validated like the `items` property. `markup` says
 * the child has element content, which is its body even when it holds no text (an image, a video).
 */
export type ChildItem = Record<string, unknown> & { markup?: boolean };

const hasElements = (nodes: Node[]) => nodes.some((node) => node.nodeType === Node.ELEMENT_NODE);

/** Reads `<care-step label duration>`, `<care-risk label severity>`, `<care-benefit label>` and `<care-topic label>`. */
export function parseLabelled(child: Element): ChildItem {
  const nodes = Array.from(child.childNodes);
  return {
    id: child.id || undefined,
    title: child.getAttribute('label'),
    description: textOf(nodes),
    duration: child.getAttribute('duration'),
    severity: child.getAttribute('severity'),
    markup: hasElements(nodes),
  };
}

/** Reads a `<care-faq-item>` (defined or not yet): the question from its attribute or `slot="question"` child. */
export function parseFaqItem(child: Element): ChildItem {
  const questionNode = child.querySelector(':scope > [slot="question"]');
  const answerNodes = Array.from(child.childNodes).filter((node) => node !== questionNode);
  return {
    id: child.id || undefined,
    question: child.getAttribute('question') ?? textOf(questionNode ? [questionNode] : []),
    answer: textOf(answerNodes),
    markup: hasElements(answerNodes),
  };
}
