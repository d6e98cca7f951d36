/**
 * `<copy-button target="id">`: a button that copies the text of element `#id` to the clipboard
 * and says so in a live region. Hidden until this script runs; the text stays selectable.
 */
class CopyButton extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		const target = document.getElementById(this.getAttribute('target') ?? '');
		if (!button || !target) return;
		this.hidden = false;
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(target.textContent ?? '');
				if (status) status.textContent = 'Copied.';
			} catch {
				if (status) status.textContent = 'Could not copy: select the text and copy it instead.';
			}
		});
	}
}

customElements.define('copy-button', CopyButton);
