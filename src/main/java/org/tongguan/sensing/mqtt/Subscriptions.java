package org.tongguan.sensing.mqtt;

import java.util.ArrayList;
import java.util.List;

import io.netty.handler.codec.mqtt.MqttQoS;

/**
 * The topic filters monitoring clients subscribed to; few and rarely changed, so a copy-on-write array that each
 * accepted publish scans without locking.
 */
final class Subscriptions {

	private static final Subscription[] NONE = new Subscription[0];

	private volatile Subscription[] all = NONE;

	boolean isEmpty() {
		return all.length == 0;
	}

	/** Adds a subscription, replacing the subscriber's earlier one with the same filter. */
	synchronized void add(BrokerConnection subscriber, TopicFilter filter, MqttQoS qos) {
		List<Subscription> next = without(subscriber, filter.text());
		next.add(new Subscription(subscriber, filter, qos));
		all = next.toArray(NONE);
	}

	synchronized void remove(BrokerConnection subscriber, String filter) {
		all = without(subscriber, filter).toArray(NONE);
	}

	synchronized void removeAll(BrokerConnection subscriber) {
		all = without(subscriber, null).toArray(NONE);
	}

	/** Delivers an accepted message to every subscription that matches its topic, at most at the granted QoS. */
	void forward(String topic, byte[] payload, MqttQoS qos) {
		for (Subscription subscription : all) {
			if (subscription.filter().matches(topic)) {
				MqttQoS granted = qos.value() < subscription.qos().value() ? qos : subscription.qos();
				subscription.subscriber().deliver(topic, payload, granted);
			}
		}
	}

	private List<Subscription> without(BrokerConnection subscriber, String filter) {
		List<Subscription> kept = new ArrayList<>(all.length + 1);
		for (Subscription subscription : all) {
			if (subscription.subscriber() != subscriber
					|| filter != null && !subscription.filter().text().equals(filter)) {
				kept.add(subscription);
			}
		}
		return kept;
	}

	private record Subscription(BrokerConnection subscriber, TopicFilter filter, MqttQoS qos) {
	}
}
